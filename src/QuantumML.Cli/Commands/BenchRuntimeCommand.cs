using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using QuantumML.Cli.Benchmarks;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml bench runtime</c>: cost of a Q# run, batch throughput with and without dumps, and the speed-up of 2 engines.</summary>
internal sealed class BenchRuntimeCommand : BaseCommand
{
    private static readonly Option<string?> s_project = CommonOptions.Project();
    private static readonly Option<int> s_batch = new("--batch")
    {
        Description = "Circuits per batch (4 qubits, ~30 gates each).",
        DefaultValueFactory = _ => 2000,
    };
    private static readonly Option<int> s_repeats = new("--repeats")
    {
        Description = "Repetitions of each measurement; the median is reported.",
        DefaultValueFactory = _ => 3,
    };
    private static readonly Option<bool> s_json = CommonOptions.Json();

    public BenchRuntimeCommand() : base("runtime", "Benchmark the in-process Q# runtime.")
    {
        Options.Add(s_project);
        Options.Add(s_batch);
        Options.Add(s_repeats);
        Options.Add(s_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var batch = parseResult.GetValue(s_batch);
        var repeats = parseResult.GetValue(s_repeats);
        if (batch < 10) throw new UsageException($"--batch must be at least 10 (got {batch}).");
        if (repeats < 1) throw new UsageException($"--repeats must be at least 1 (got {repeats}).");
        var project = ProjectLocator.Load(parseResult.GetValue(s_project));
        var json = parseResult.GetValue(s_json);
        var bench = new RuntimeBenchmark(project, batch, repeats, line => stderr.WriteLine(line));
        var report = await bench.RunAsync(cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(report, JsonOutput.Options)).ConfigureAwait(false);
        }
        else
        {
            foreach (var row in report.Rows())
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{row.Name,-52} {row.Value,14:0.###} {row.Unit}")).ConfigureAwait(false);
        }
        return ExitCodes.Success;
    }
}
