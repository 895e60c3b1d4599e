using System.CommandLine;
using System.Globalization;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Specs;
using QuantumML.QSharp;

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

    public RunCommand() : base("run", "Run an experiment: every model for every seed, scored on identical splits.")
    {
        Arguments.Add(s_spec);
        Options.Add(s_project);
        Options.Add(s_out);
        Options.Add(s_parallel);
        Options.Add(s_quiet);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var specPath = parseResult.GetValue(s_spec)!;
        var parallel = parseResult.GetValue(s_parallel);
        if (parallel < 1) throw new UsageException($"--parallel must be at least 1 (got {parallel}).");
        var quiet = parseResult.GetValue(s_quiet);

        ExperimentSpec spec;
        try
        {
            spec = SpecLoader.Load(specPath);
        }
        catch (SpecException e)
        {
            throw new UsageException(e.Message);
        }

        var project = ProjectLocator.Load(parseResult.GetValue(s_project));
        using var runtime = new QSharpRuntime();
        IReadOnlyCollection<string>? callables = null;
        if (spec.Models.Any(m => m.IsQuantum))
        {
            var check = await runtime.CheckAsync(project, cancellationToken).ConfigureAwait(false);
            if (!check.Success)
            {
                WriteDiagnostics(stderr, project, check.Diagnostics);
                return ExitCodes.Failure;
            }
            callables = check.Callables.ToHashSet(StringComparer.Ordinal);
        }

        var jobs = spec.Seeds.Count * spec.Models.Count;
        var done = 0;
        var runner = new ExperimentRunner(spec, new ModelFactory(runtime, project), runtime.QdkVersion, parallel, callables);
        ExperimentResult result;
        try
        {
            result = await runner.RunAsync(record =>
            {
                var n = Interlocked.Increment(ref done);
                if (!quiet)
                {
                    lock (stderr)
                    {
                        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"[{n}/{jobs}] {record.Model} seed {record.Seed}: test {record.Metrics[MetricNames.TestAccuracy]:0.000}, train {record.Metrics[MetricNames.TrainAccuracy]:0.000}, fit {record.Metrics[MetricNames.FitSeconds]:0.0} s"));
                    }
                }
            }, () =>
            {
                if (!quiet) stderr.WriteLine($"{spec.Name}: {spec.Models.Count} model(s) x {spec.Seeds.Count} seed(s) = {jobs} run(s), at most {parallel} at a time");
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
            return ExitCodes.Failure;
        }

        var folder = parseResult.GetValue(s_out) ?? DefaultFolder(specPath, spec.Name);
        var path = ResultsFile.Write(folder, result);
        var report = ReportWriter.Write(folder, result);
        await stdout.WriteAsync(SummaryTable.Render(result)).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"results: {path} ({result.Environment.WallSeconds:0.0} s)")).ConfigureAwait(false);
        await stdout.WriteLineAsync($"report: {report}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string DefaultFolder(string specPath, string name)
    {
        var specDir = Path.GetDirectoryName(Path.GetFullPath(specPath)) ?? ".";
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(specDir, "results", name, stamp));
    }
}
