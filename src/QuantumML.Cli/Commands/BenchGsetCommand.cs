using System.CommandLine;
using System.Text.Json;
using QuantumML.Cli.Benchmarks;
using QuantumML.Combinatorial.Formats;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml bench gset</c>: every solver on G-set MaxCut instances with the same wall-clock budget.</summary>
internal sealed class BenchGsetCommand : BaseCommand
{
    /// <summary>Where the instances are, relative to the repository root.</summary>
    public const string DataFolder = "experiments/data/gset";

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
        Description = "Comma-separated solver names (default: all but exact).",
    };
    private static readonly Option<ulong> s_seed = new("--seed")
    {
        Description = "Seed of every solve.",
        DefaultValueFactory = _ => 1,
    };
    private static readonly Option<string?> s_data = new("--data")
    {
        Description = $"The folder of the instance files (default: {DataFolder} above the working folder or the binaries).",
    };
    private static readonly Option<bool> s_json = CommonOptions.Json();

    public BenchGsetCommand() : base("gset", "Benchmark the MaxCut solvers on G-set graphs against their best-known cuts.")
    {
        Options.Add(s_instances);
        Options.Add(s_seconds);
        Options.Add(s_threads);
        Options.Add(s_solvers);
        Options.Add(s_seed);
        Options.Add(s_data);
        Options.Add(s_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var seconds = parseResult.GetValue(s_seconds);
        var threads = parseResult.GetValue(s_threads);
        if (!(seconds > 0 && seconds <= 86_400)) throw new UsageException($"--seconds must be in (0, 86400] (got {seconds}).");
        if (threads < 1) throw new UsageException($"--threads must be at least 1 (got {threads}).");
        var solvers = List(parseResult.GetValue(s_solvers)) is { Length: > 0 } named ? named : [.. SolverCatalogue.Aliases.Where(n => SolverCatalogue.FromAlias(n) is { Entry.Exhaustive: false })];
        foreach (var name in solvers)
        {
            if (!SolverCatalogue.Aliases.Contains(name))
                throw new UsageException($"--solvers: unknown solver '{name}'; known: {string.Join(", ", SolverCatalogue.Aliases)}.");
        }
        var instances = List(parseResult.GetValue(s_instances));
        if (instances.Length == 0) throw new UsageException("--instances must name at least one instance.");
        var data = parseResult.GetValue(s_data) ?? ProjectLocator.FindAbove(DataFolder, "README.md")
            ?? throw new UsageException($"No G-set data found: no '{DataFolder}' in this folder or above it. Pass --data DIR.");
        foreach (var instance in instances)
        {
            if (!File.Exists(Path.Combine(data, instance + ".txt")))
                throw new UsageException($"--instances: no file {Path.Combine(data, instance + ".txt")}.");
        }
        var bench = new GsetBenchmark(data, instances, solvers, seconds, threads, parseResult.GetValue(s_seed), line => stderr.WriteLine(line));
        GsetBenchmarkReport report;
        try
        {
            report = await Task.Run(() => bench.Run(cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (ProblemFormatException e)
        {
            throw new UsageException(e.Message);
        }
        if (parseResult.GetValue(s_json))
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(report, JsonOutput.Options)).ConfigureAwait(false);
        }
        else
        {
            foreach (var line in report.Lines()) await stdout.WriteLineAsync(line).ConfigureAwait(false);
        }
        return ExitCodes.Success;
    }

    private static string[] List(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
