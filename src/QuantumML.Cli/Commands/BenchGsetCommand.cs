using System.CommandLine;
using System.Text.Json;
using QuantumML.Combinatorial.Solvers;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Tasks.Optimization;
using QuantumML.QSharp;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml bench gset</c>: every solver on G-set MaxCut instances with the same wall-clock budget, run as a preset
/// of the optimization task (<see cref="GsetPreset"/>): the code path and table of <c>experiments/maxcut-gset.json</c>.</summary>
internal sealed class BenchGsetCommand : BaseCommand
{
    private static readonly Option<string> s_instances = new("--instances")
    {
        Description = "Comma-separated instance names; each is NAME.txt in the data folder.",
        DefaultValueFactory = _ => "G14,G15,G22",
    };
    private static readonly Option<double> s_seconds = new("--seconds")
    {
        Description = "Wall-clock budget of each solver on each instance.",
        DefaultValueFactory = _ => 10,
    };
    private static readonly Option<int> s_threads = new("--threads")
    {
        Description = "Worker threads per solver (default: the processor count).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };
    private static readonly Option<string?> s_solvers = new("--solvers")
    {
        Description = $"Comma-separated short solver names: {string.Join(", ", SolverCatalogue.Aliases)} (default: all but exact).",
    };
    private static readonly Option<int> s_seed = new("--seed")
    {
        Description = "Seed of every solve.",
        DefaultValueFactory = _ => 1,
    };
    private static readonly Option<string?> s_data = new("--data")
    {
        Description = $"The folder of the instance files (default: {GsetPreset.DataFolder} above the working folder or the binaries).",
    };
    private static readonly Option<string?> s_out = new("--out") { Description = "Also write results.json and report.md to this folder, as qml run does." };
    private static readonly Option<bool> s_json = CommonOptions.Json();

    public BenchGsetCommand() : base("gset", "Benchmark the MaxCut solvers on G-set graphs against their best-known cuts.")
    {
        Options.Add(s_instances);
        Options.Add(s_seconds);
        Options.Add(s_threads);
        Options.Add(s_solvers);
        Options.Add(s_seed);
        Options.Add(s_data);
        Options.Add(s_out);
        Options.Add(s_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var seconds = parseResult.GetValue(s_seconds);
        var threads = parseResult.GetValue(s_threads);
        if (!(seconds > 0 && seconds <= 86_400)) throw new UsageException($"--seconds must be in (0, 86400] (got {seconds}).");
        if (threads < 1) throw new UsageException($"--threads must be at least 1 (got {threads}).");
        var solvers = List(parseResult.GetValue(s_solvers)) is { Length: > 0 } named
            ? named
            : [.. SolverCatalogue.Aliases.Where(n => SolverCatalogue.FromAlias(n) is { Entry.Exhaustive: false })];
        foreach (var name in solvers)
        {
            if (!SolverCatalogue.Aliases.Contains(name))
                throw new UsageException($"--solvers: unknown solver '{name}'; known: {string.Join(", ", SolverCatalogue.Aliases)}.");
        }
        var instances = List(parseResult.GetValue(s_instances));
        if (instances.Length == 0) throw new UsageException("--instances must name at least one instance.");
        var data = parseResult.GetValue(s_data) ?? ProjectLocator.FindAbove(GsetPreset.DataFolder, "README.md")
            ?? throw new UsageException($"No G-set data found: no '{GsetPreset.DataFolder}' in this folder or above it. Pass --data DIR.");
        foreach (var instance in instances)
        {
            if (!File.Exists(Path.Combine(data, instance + ".txt")))
                throw new UsageException($"--instances: no file {Path.Combine(data, instance + ".txt")}.");
        }
        var folder = parseResult.GetValue(s_out);
        if (folder is not null) OutputPaths.CheckFolder(folder, "--out");

        var spec = GsetPreset.Spec(instances, solvers, seconds, threads, parseResult.GetValue(s_seed));
        var plan = RunCommand.BadInput(() => RunCoordinator.Plan(spec, Path.Combine(Path.GetFullPath(data), GsetPreset.Name + ".json"), folder));
        // The classical solvers run no Q#: the runtime only names its version in the result, and the project is an empty
        // namespace (the preset names no QAOA job, the one optimization job that compiles Q#).
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var project = QSharpProject.FromSources("gset", new QSharpSource("Gset.qs", "namespace Gset {}"));
        RunOutcome outcome;
        try
        {
            outcome = await plan.RunAsync(runtime, project, null, 1, new RunProgressLines(stderr), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is QuantumML.Settings.SpecException or ResultsFileException)
        {
            throw new UsageException(e.Message);
        }
        if (parseResult.GetValue(s_json))
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(outcome.Result, ResultsFile.Options)).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        await stdout.WriteAsync(outcome.Table).ConfigureAwait(false);
        if (outcome.ResultsPath is not null)
        {
            await stdout.WriteLineAsync($"results: {outcome.ResultsPath}").ConfigureAwait(false);
            await stdout.WriteLineAsync($"report: {outcome.ReportPath}").ConfigureAwait(false);
        }
        return ExitCodes.Success;
    }

    private static string[] List(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
