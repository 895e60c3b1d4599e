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
    private static readonly Option<int> s_maxQubits = new("--max-qubits")
    {
        Description = "Largest register of the engine comparison (4, 8, 12, 16, 20); 20 takes the QDK some seconds.",
        DefaultValueFactory = _ => 20,
    };
    private static readonly Option<bool> s_json = CommonOptions.Json();

    public BenchRuntimeCommand() : base("runtime", "Benchmark the in-process Q# runtime and the compiled engine against it.")
    {
        Options.Add(s_project);
        Options.Add(s_batch);
        Options.Add(s_repeats);
        Options.Add(s_maxQubits);
        Options.Add(s_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var batch = parseResult.GetValue(s_batch);
        var repeats = parseResult.GetValue(s_repeats);
        if (batch < 10) throw new UsageException($"--batch must be at least 10 (got {batch}).");
        if (repeats is < 1 or > 100) throw new UsageException($"--repeats must be in [1, 100] (got {repeats}).");
        if (batch > 1_000_000) throw new UsageException($"--batch must be at most 1000000 (got {batch}).");
        var maxQubits = parseResult.GetValue(s_maxQubits);
        if (maxQubits is < 4 or > 20) throw new UsageException($"--max-qubits must be in [4, 20] (got {maxQubits}).");
        var project = ProjectLocator.Load(parseResult.GetValue(s_project));
        var json = parseResult.GetValue(s_json);
        var bench = new RuntimeBenchmark(project, batch, repeats, line => stderr.WriteLine(line));
        var report = await bench.RunAsync(cancellationToken).ConfigureAwait(false);
        using var runtime = new QuantumML.QSharp.QSharpRuntime(new QuantumML.QSharp.QSharpRuntimeOptions { Workers = 1 });
        var engines = await new EngineBenchmark(runtime, project, repeats, maxQubits, line => stderr.WriteLine(line)).RunAsync(cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new { qdk = report, engines }, JsonOutput.Options)).ConfigureAwait(false);
        }
        else
        {
            foreach (var row in report.Rows())
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{row.Name,-52} {row.Value,14:0.###} {row.Unit}")).ConfigureAwait(false);
            foreach (var line in engines.Lines()) await stdout.WriteLineAsync(line).ConfigureAwait(false);
        }
        return ExitCodes.Success;
    }
}
