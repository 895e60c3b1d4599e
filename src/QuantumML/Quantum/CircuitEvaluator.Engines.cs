using System.Collections.Concurrent;
using QuantumML.Randomness;
using QuantumML.Simulation.Checks;
using QuantumML.Simulation.Tapes;

namespace QuantumML.Quantum;

// Which engine runs each circuit: the compiled tape once the QDK simulator has confirmed it, else the QDK itself.
public sealed partial class CircuitEvaluator
{
    private const int CheckPoints = 3;
    private readonly ConcurrentDictionary<CircuitTemplate, Lazy<Task<Tape?>>> _tapes = new();
    private readonly ConcurrentDictionary<string, EngineUse> _uses = new();

    /// <summary>Which engine ran each circuit so far, and why.</summary>
    public IReadOnlyList<EngineUse> Engines => [.. _uses.Values.OrderBy(u => u.Circuit, StringComparer.Ordinal)];

    private Task<Tape?> ModelTapeAsync(CircuitSpec circuit, double[][] features, int parameterCount, CancellationToken ct) =>
        TapeAsync(new CircuitTemplate(circuit.CircuitExpression, CircuitShape.FeaturesAndParameters, circuit.Qubits, features.Length == 0 ? 0 : features[0].Length, parameterCount), features, ct);

    private Task<Tape?> AnsatzTapeAsync(string ansatz, int qubits, int parameterCount, CancellationToken ct) =>
        TapeAsync(new CircuitTemplate(ansatz, CircuitShape.Parameters, qubits, 0, parameterCount), [], ct);

    /// <summary>The checked tape of <paramref name="template"/>, or null when the QDK engine runs it.</summary>
    private async Task<Tape?> TapeAsync(CircuitTemplate template, double[][] features, CancellationToken ct)
    {
        if (QdkOnlyReason() is { } why)
        {
            Use(template, null, why);
            return null;
        }
        var entry = _tapes.GetOrAdd(template, t => new Lazy<Task<Tape?>>(() => ResolveAsync(t, features, ct)));
        if (await entry.Value.ConfigureAwait(false) is not { } tape) return null;
        if (tape.Features != FeatureDependence.Tabulated || features.All(x => tape.Table.Find(x) is not null)) return tape;
        try
        {
            Interlocked.Increment(ref _runs);
            await TapeCompiler.TabulateAsync(runtime, project, tape, features, ct).ConfigureAwait(false);
            return tape;
        }
        catch (CompiledEngineRefusedException e)
        {
            // From here on this evaluator runs the circuit on the QDK: one engine per circuit for the whole job.
            _tapes[template] = new Lazy<Task<Tape?>>(Task.FromResult<Tape?>(null));
            Use(template, null, e.Reason);
            return null;
        }
    }

    private string? QdkOnlyReason() =>
        engine == QuantumEngine.Qdk ? "the spec asks for \"engine\": \"qdk\""
        : mode.Kind == ExecutionKind.ShotsInQSharp
            ? mode.Noise is null ? "its shots are measured in Q# (\"execution\": \"shots\")" : "noise is simulated by the QDK simulator only"
            : null;

    /// <summary>Compiles the circuit (once per process) and checks it against the QDK simulator (once per evaluator).</summary>
    private async Task<Tape?> ResolveAsync(CircuitTemplate template, double[][] features, CancellationToken ct)
    {
        Tape tape;
        try
        {
            tape = await TapeCache.GetAsync(runtime, project, template, ct).ConfigureAwait(false);
            Interlocked.Increment(ref _runs);
            var report = await EquivalenceCheck.RunAsync(runtime, project, tape, Points(template, features), ct).ConfigureAwait(false);
            if (!report.Passed)
            {
                Use(template, null, $"its compiled states differ from the QDK simulator's by {report.MaxDifference:0.0e0} (more than {report.Tolerance:0e0}) at {report.Pairs} random points", report);
                return null;
            }
            Use(template, tape, null, report);
            return tape;
        }
        catch (CompiledEngineRefusedException e)
        {
            Use(template, null, e.Reason);
            return null;
        }
    }

    /// <summary>Where to compare: two of the caller's own feature vectors and one random one, each with random parameters
    /// from a generator of its own, so that the check never shifts the evaluator's random stream.</summary>
    private static List<(double[] X, double[] Theta)> Points(CircuitTemplate template, double[][] features)
    {
        var random = new Random(DerivedSeed.Of(0x5eed, template.Qubits, template.FeatureCount, template.ParameterCount));
        var xs = new List<double[]>();
        if (template.TakesFeatures && features.Length > 0) xs.AddRange(features.Length == 1 ? [features[0]] : [features[0], features[^1]]);
        while (xs.Count < CheckPoints) xs.Add([.. Enumerable.Range(0, template.FeatureCount).Select(_ => random.NextDouble() * Math.PI)]);
        return [.. xs.Select(x => (x, Enumerable.Range(0, template.ParameterCount).Select(_ => (random.NextDouble() * 2 - 1) * Math.PI).ToArray()))];
    }

    private void Use(CircuitTemplate template, Tape? tape, string? reason, EquivalenceReport? check = null) =>
        _uses[template.Expression] = tape is null
            ? new EngineUse(template.Expression, "qdk", reason, check)
            : new EngineUse(template.Expression, "compiled", null, check, tape.Summary());
}
