using System.CommandLine;
using System.Globalization;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.QSharp;
using QuantumML.Settings;
using Spectre.Console;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml run SPEC</c>: runs an experiment spec and writes <c>results.json</c>.</summary>
internal sealed class RunCommand : BaseCommand
{
    private static readonly Argument<string> s_spec = new("spec") { Description = "The experiment spec (JSON), e.g. experiments/moons-vqc.json." };
    private static readonly Option<string?> s_project = CommonOptions.Project();
    private static readonly Option<string?> s_out = new("--out") { Description = "Folder for results.json; default experiments/results/NAME/UTC-TIMESTAMP/ beside the spec." };
    private static readonly Option<int> s_parallel = new("--parallel")
    {
        Description = "How many (model, seed) jobs run at once; default: the processor count.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };
    private static readonly Option<bool> s_quiet = new("--quiet") { Description = "Print only the table and the results path." };
    private static readonly Option<string?> s_resume = new("--resume") { Description = "Finish an interrupted run: keep the runs already in DIR, run only the missing ones." };
    private static readonly Option<string?> s_shard = new("--shard") { Description = "Run only shard K/N of the (model, seed) jobs (for Slurm or Kubernetes job arrays); combine with 'qml merge'." };
    private static readonly Option<bool> s_allowOutsideData = CommonOptions.AllowOutsideData();

    public RunCommand() : base("run", "Run an experiment: every model for every seed, scored on identical splits.")
    {
        Arguments.Add(s_spec);
        Options.Add(s_project);
        Options.Add(s_out);
        Options.Add(s_parallel);
        Options.Add(s_quiet);
        Options.Add(s_resume);
        Options.Add(s_shard);
        Options.Add(s_allowOutsideData);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var specPath = parseResult.GetValue(s_spec)!;
        var parallel = parseResult.GetValue(s_parallel);
        if (parallel < 1) throw new UsageException($"--parallel must be at least 1 (got {parallel}).");
        var quiet = parseResult.GetValue(s_quiet);
        Shard? shard = null;
        if (parseResult.GetValue(s_shard) is { } shardText)
        {
            try
            {
                shard = Shard.Parse(shardText);
            }
            catch (FormatException e)
            {
                throw new UsageException($"--shard: {e.Message}");
            }
        }
        var resume = parseResult.GetValue(s_resume);
        if (resume is not null && parseResult.GetValue(s_out) is not null)
            throw new UsageException("--resume DIR already names the results folder; drop --out.");

        var plan = BadInput(() => RunCoordinator.Plan(new RunRequest(specPath)
        {
            Out = parseResult.GetValue(s_out),
            Resume = resume,
            Shard = shard,
            AllowOutsideData = parseResult.GetValue(s_allowOutsideData),
        }, OutputPaths.CheckFolder));

        var project = ProjectLocator.Load(parseResult.GetValue(s_project));
        using var runtime = new QSharpRuntime();
        CheckResult? check = null;
        if (plan.Spec.UsesQSharp)
        {
            check = await runtime.CheckAsync(project, cancellationToken).ConfigureAwait(false);
            if (!check.Success)
            {
                WriteDiagnostics(stderr, project, check.Diagnostics);
                return ExitCodes.Failure;
            }
        }

        RunOutcome outcome;
        try
        {
            var live = !quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            outcome = live
                ? await RunWithProgressBarsAsync(plan, runtime, project, check, parallel, cancellationToken).ConfigureAwait(false)
                : await plan.RunAsync(runtime, project, check, parallel, quiet ? null : new RunProgressLines(stderr), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SpecException or QuantumML.Data.DataFormatException or ResultsFileException)
        {
            throw new UsageException(e.Message);
        }
        catch (ModelFailedException e) when (e.InnerException is QSharpCompilationException or QSharpRuntimeException)
        {
            await stderr.WriteLineAsync($"qml run: model '{e.Model}' (seed {e.Seed}) failed in Q#:").ConfigureAwait(false);
            WriteDiagnostics(stderr, project, e.InnerException switch
            {
                QSharpCompilationException c => c.Diagnostics,
                QSharpRuntimeException r => r.Diagnostics,
                _ => [],
            });
            return ExitCodes.Failure;
        }
        catch (ModelFailedException e)
        {
            await stderr.WriteLineAsync($"qml run: {e.Message}").ConfigureAwait(false);
            await stderr.WriteLineAsync($"qml run: {plan.Kept()} finished run(s) are kept in {plan.Folder}; after fixing the cause, finish with: qml run {specPath} --resume {plan.Folder}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync($"qml run: interrupted; {plan.Kept()} finished run(s) are kept in {plan.Folder}; finish with: qml run {specPath} --resume {plan.Folder}").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }

        await stdout.WriteAsync(outcome.Table).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"results: {outcome.ResultsPath} ({outcome.Result.Environment.WallSeconds:0.0} s)")).ConfigureAwait(false);
        await stdout.WriteLineAsync($"report: {outcome.ReportPath}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The value of <paramref name="read"/>, with a bad spec or results folder turned into a usage error (exit 2).</summary>
    internal static T BadInput<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is SpecException or ResultsFileException or RunInputException)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>On a terminal: one live bar per job (its seeds done, with time remaining), via Spectre.Console on stderr.</summary>
    private static async Task<RunOutcome> RunWithProgressBarsAsync(RunPlan plan, QSharpRuntime runtime, QSharpProject project, CheckResult? check, int parallel, CancellationToken ct)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = plan.ToDoByJob().Where(j => j.Seeds > 0)
                    .ToDictionary(j => j.Job, j => context.AddTask($"{j.Job} ({j.Seeds} seed(s))", maxValue: j.Seeds));
                return await plan.RunAsync(runtime, project, check, parallel, new ProgressBars(tasks), ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>Advances a job's live bar as each of its runs finishes.</summary>
    private sealed class ProgressBars(Dictionary<string, ProgressTask> tasks) : IRunProgress
    {
        public void Ready(RunPlan plan, int parallelism)
        {
        }

        public void Finished(RunPlan plan, RunRecord record, int done, string description)
        {
            lock (tasks) tasks[record.Model].Increment(1);
        }
    }
}
