namespace QuantumML.Cli.Benchmarks;

/// <summary>The figures of <c>qml bench runtime</c>.</summary>
internal sealed record RuntimeBenchmarkReport(
    string QdkVersion,
    int ProcessorCount,
    int BatchSize,
    int GatesPerCircuit,
    double FirstRunMs,
    double WarmRunMs,
    double SeededRunMs,
    double DumpEvaluationsPerSecond,
    double DumpBatchMs,
    double SampleEvaluationsPerSecond,
    double SampleBatchMs,
    double OneEngineSeconds,
    double TwoEngineSeconds,
    double TwoEngineSpeedup)
{
    public IEnumerable<(string Name, double Value, string Unit)> Rows()
    {
        yield return ($"engine start + first run (qsharp-lang {QdkVersion})", FirstRunMs, "ms");
        yield return ("one run on a warm instance (compile + trivial expr)", WarmRunMs, "ms");
        yield return ("one reproducible run (fresh seeded instance)", SeededRunMs, "ms");
        yield return ($"batch of {BatchSize} x {GatesPerCircuit}-gate 4-qubit circuits, with dumps", DumpBatchMs, "ms");
        yield return ("  exact evaluations (state dumps, decoded in C#)", DumpEvaluationsPerSecond, "circuits/s");
        yield return ($"batch of {BatchSize} circuits, one measurement each (seeded)", SampleBatchMs, "ms");
        yield return ("  sampled evaluations (no dumps)", SampleEvaluationsPerSecond, "circuits/s");
        yield return ("dump batches on 1 engine", OneEngineSeconds, "s");
        yield return ("dump batches on 2 engines", TwoEngineSeconds, "s");
        yield return ($"speed-up of 2 engines over 1 ({ProcessorCount} processors)", TwoEngineSpeedup, "x");
    }
}
