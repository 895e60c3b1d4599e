using System.Diagnostics;
using QuantumML.QSharp;

namespace QuantumML.Cli.Benchmarks;

/// <summary>Measures the in-process Q# runtime on the repository's own batch drivers.</summary>
/// <remarks>The circuit: angle encoding of 4 features, then a 2-layer hardware-efficient ansatz
/// (4 Ry + 4 Rz + 3 CNOT per layer): 26 gates on 4 qubits.</remarks>
internal sealed class RuntimeBenchmark(QSharpProject project, int batch, int repeats, Action<string> log)
{
    private const int Qubits = 4;
    private const int Layers = 2;
    private const string Encoding = "Encodings.ApplyAngleEncoding";
    private const string Ansatz = "Ansatzes.ApplyHardwareEfficientAnsatz";

    public async Task<RuntimeBenchmarkReport> RunAsync(CancellationToken ct)
    {
        var random = new Random(2026);
        var features = Enumerable.Range(0, batch).Select(_ => Vector(random, Qubits)).ToArray();
        var theta = Vector(random, 2 * Qubits * Layers);
        var dumpExpr = $"Drivers.DumpCircuitStates({Encoding}, {Ansatz}, {Qubits}, {QSharpLiteral.Array(features)}, [{QSharpLiteral.Array(theta)}])";
        var sampleExpr = $"Drivers.SampleCircuitOutcomes({Encoding}, {Ansatz}, {Qubits}, {QSharpLiteral.Array(features)}, [{QSharpLiteral.Array(theta)}], 1)";

        log("starting one engine ...");
        using var single = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var clock = Stopwatch.StartNew();
        await single.RunAsync(project, "()", cancellationToken: ct).ConfigureAwait(false);
        var firstRun = clock.Elapsed.TotalMilliseconds;

        log("timing single runs ...");
        var warmRunMs = await RunCostAsync(single, Warm, ct).ConfigureAwait(false);
        var seededRunMs = await RunCostAsync(single, RunOptions.Default, ct).ConfigureAwait(false);

        log($"timing batches of {batch} circuits ...");
        // Dumps do not depend on measurement randomness: they run on a warm instance. Sampling is seeded.
        var withDumps = await ThroughputAsync(single, dumpExpr, Warm, expectDumps: true, ct).ConfigureAwait(false);
        var withoutDumps = await ThroughputAsync(single, sampleExpr, new RunOptions { Seed = 1 }, expectDumps: false, ct).ConfigureAwait(false);

        log("comparing 1 and 2 engines ...");
        var jobs = Math.Max(4, 4 * repeats);
        var oneEngine = await ParallelSecondsAsync(1, dumpExpr, jobs, ct).ConfigureAwait(false);
        var twoEngines = await ParallelSecondsAsync(2, dumpExpr, jobs, ct).ConfigureAwait(false);

        return new RuntimeBenchmarkReport(
            QdkVersion: single.QdkVersion,
            ProcessorCount: Environment.ProcessorCount,
            BatchSize: batch,
            GatesPerCircuit: Qubits + Layers * (2 * Qubits + Qubits - 1),
            FirstRunMs: firstRun,
            WarmRunMs: warmRunMs,
            SeededRunMs: seededRunMs,
            DumpEvaluationsPerSecond: withDumps.PerSecond,
            DumpBatchMs: withDumps.BatchMs,
            SampleEvaluationsPerSecond: withoutDumps.PerSecond,
            SampleBatchMs: withoutDumps.BatchMs,
            OneEngineSeconds: oneEngine,
            TwoEngineSeconds: twoEngines,
            TwoEngineSpeedup: oneEngine / twoEngines);
    }

    private static readonly RunOptions Warm = new() { Reproducible = false };

    private async Task<double> RunCostAsync(QSharpRuntime runtime, RunOptions options, CancellationToken ct)
    {
        var times = new List<double>();
        for (var i = 0; i < 10 * repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            await runtime.RunAsync(project, "()", options, ct).ConfigureAwait(false);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return Median(times);
    }

    private async Task<(double PerSecond, double BatchMs)> ThroughputAsync(QSharpRuntime runtime, string expression, RunOptions options, bool expectDumps, CancellationToken ct)
    {
        var times = new List<double>();
        for (var r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            var result = await runtime.RunAsync(project, expression, options, ct).ConfigureAwait(false);
            times.Add(clock.Elapsed.TotalMilliseconds);
            var dumps = result.SingleShot.Dumps.Count;
            if (expectDumps && dumps != batch)
                throw new InvalidOperationException($"Expected {batch} state dumps, got {dumps}.");
        }
        var ms = Median(times);
        return (batch / (ms / 1000), ms);
    }

    private async Task<double> ParallelSecondsAsync(int workers, string expression, int jobs, CancellationToken ct)
    {
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = workers });
        // Warm every engine on the measured work first: start-up, and V8's tier-up of a new engine's wasm
        // code (which runs in the background for seconds), are not throughput.
        for (var round = 0; round < 2; round++)
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => runtime.RunAsync(project, expression, Warm, ct))).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, jobs).Select(j => runtime.RunAsync(project, expression, Warm, ct))).ConfigureAwait(false);
        return clock.Elapsed.TotalSeconds;
    }

    private static double[] Vector(Random random, int n) =>
        Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2 - 1) * Math.PI).ToArray();

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
