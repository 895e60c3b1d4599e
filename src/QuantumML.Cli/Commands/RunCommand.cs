using System.CommandLine;
using System.Globalization;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks;
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

        ITaskSpec spec;
        try
        {
            spec = TaskSpecLoader.Load(specPath, allowOutsideData: parseResult.GetValue(s_allowOutsideData));
        }
        catch (SpecException e)
        {
            throw new UsageException(e.Message);
        }

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
        var folder = resume ?? parseResult.GetValue(s_out) ?? DefaultFolder(specPath, spec.Name, shard);
        if (resume is not null && !File.Exists(Path.Combine(resume, RunStore.SpecFile)))
            throw new UsageException($"--resume: {resume} holds no {RunStore.SpecFile}; give a folder an earlier 'qml run' wrote.");
        // Everything about the folder is checked before any work, and nothing is written to it until the spec, its data
        // and its models have passed every check: a refused spec leaves no folder behind.
        OutputPaths.CheckFolder(folder, resume is null ? "--out" : "--resume");
        var store = new RunStore(folder);
        IReadOnlyList<RunRecord> finished;
        try
        {
            store.CheckSpec(spec.Source);
            finished = store.Load(spec);
        }
        catch (SpecException e)
        {
            throw new UsageException(e.Message);
        }
        catch (ResultsFileException e)
        {
            var runFile = resume is not null && e.Message.StartsWith(Path.Combine(folder, RunStore.RunsFolder), StringComparison.Ordinal);
            throw new UsageException($"{e.Message}{(runFile ? "; delete that run file to resume (its run is then done again)" : "")}");
        }
        if (resume is null && finished.Count > 0)
            throw new UsageException($"{folder} already holds {finished.Count} finished run(s); finish it with --resume {folder}, or choose another --out.");

        var project = ProjectLocator.Load(parseResult.GetValue(s_project));
        using var runtime = new QSharpRuntime();
        IReadOnlyCollection<string>? callables = null;
        CheckResult? check = null;
        if (spec.UsesQSharp)
        {
            check = await runtime.CheckAsync(project, cancellationToken).ConfigureAwait(false);
            if (!check.Success)
            {
                WriteDiagnostics(stderr, project, check.Diagnostics);
                return ExitCodes.Failure;
            }
            callables = check.Callables.ToHashSet(StringComparer.Ordinal);
        }

        var allJobs = TaskJobs.Of(spec);
        var finishedKeys = finished.Select(r => (r.Model, r.Seed)).ToHashSet();
        bool Include(int index) => (shard?.Contains(index) ?? true) && !finishedKeys.Contains((allJobs[index].Job, allJobs[index].Seed));
        var jobs = Enumerable.Range(0, allJobs.Count).Count(Include);
        var done = 0;
        var runner = ExperimentTasks.Of(spec).CreateRunner(spec, new TaskContext(runtime, project, parallel)
        {
            Callables = callables,
            Check = check,
            Folder = folder,
            SpecFile = specPath,
        });
        runner.Include = Include;
        ExperimentResult result;
        try
        {
            var live = !quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            result = live
                ? await RunWithProgressBarsAsync(runner, spec, Include, store, () => store.SaveSpec(spec.Source), cancellationToken).ConfigureAwait(false)
                : await runner.RunAsync(record =>
                {
                    store.Save(record);
                    var n = Interlocked.Increment(ref done);
                    if (!quiet)
                    {
                        lock (stderr)
                        {
                            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                                $"[{n}/{jobs}] {record.Model} seed {record.Seed}: {runner.Describe(record)}"));
                        }
                    }
                }, () =>
                {
                    store.SaveSpec(spec.Source);
                    if (!quiet)
                    {
                        stderr.WriteLine($"{spec.Name}: {spec.JobNames.Count} job(s) x {spec.Seeds.Count} seed(s); {jobs} run(s) to do{(shard is null ? "" : $" in shard {shard.Index}/{shard.Count}")}{(finished.Count > 0 ? $", {finished.Count} already done" : "")}, at most {runner.Parallelism} at a time; saving to {folder}");
                    }
                }, cancellationToken).ConfigureAwait(false);
        }
        catch (SpecException e)
        {
            throw new UsageException(e.Message);
        }
        catch (QuantumML.Data.DataFormatException e)
        {
            throw new UsageException(e.Message);
        }
        catch (ResultsFileException e)
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
            await stderr.WriteLineAsync($"qml run: {store.Load().Count} finished run(s) are kept in {folder}; after fixing the cause, finish with: qml run {specPath} --resume {folder}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync($"qml run: interrupted; {store.Load().Count} finished run(s) are kept in {folder}; finish with: qml run {specPath} --resume {folder}").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }

        result = result with { Runs = TaskJobs.InOrder(spec, finished.Concat(result.Runs)) };
        var path = ResultsFile.Write(folder, result);
        var report = ReportWriter.Write(folder, result);
        await stdout.WriteAsync(ReportWriter.Table(result)).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"results: {path} ({result.Environment.WallSeconds:0.0} s)")).ConfigureAwait(false);
        await stdout.WriteLineAsync($"report: {report}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>On a terminal: one live bar per model (its seeds done, with time remaining), via Spectre.Console on stderr.</summary>
    private static async Task<ExperimentResult> RunWithProgressBarsAsync(ITaskRunner runner, ITaskSpec spec, Func<int, bool> include, RunStore store, Action ready, CancellationToken ct)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var jobs = TaskJobs.Of(spec);
        var perModel = spec.JobNames.ToDictionary(m => m, m => Enumerable.Range(0, jobs.Count).Count(i => include(i) && jobs[i].Job == m));
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = spec.JobNames.Where(m => perModel[m] > 0)
                    .ToDictionary(m => m, m => context.AddTask($"{m} ({perModel[m]} seed(s))", maxValue: perModel[m]));
                return await runner.RunAsync(record =>
                {
                    store.Save(record);
                    lock (tasks) tasks[record.Model].Increment(1);
                }, ready, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private static string DefaultFolder(string specPath, string name, Shard? shard)
    {
        var specDir = Path.GetDirectoryName(Path.GetFullPath(specPath)) ?? ".";
        // Shards of one array must agree on their folders without talking to each other: no timestamp.
        var leaf = shard is null ? DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) : shard.FolderName;
        return Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(specDir, "results", name, leaf));
    }
}
