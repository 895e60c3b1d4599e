using System.Text.Json;
using QuantumML.QSharp.Circuits;
using QuantumML.QSharp.Engine;

namespace QuantumML.QSharp;

public sealed partial class QSharpRuntime
{
    /// <summary>The diagnostic code of a trace by classical evaluation that met a comparison of measurement results.</summary>
    public const string ResultComparisonUnsupported = "Qdk.Qsc.Eval.ResultComparisonUnsupported";

    /// <summary>Traces the circuit that evaluating <paramref name="expression"/> executes, with the QDK circuit tracer.</summary>
    /// <param name="project">The Q# project.</param>
    /// <param name="expression">Any Q# expression (for example <c>Drivers.SampleCircuitOutcomes(…)</c>); with
    /// <see cref="CircuitOptions.RegisterSize"/>, an operation taking a <c>Qubit[]</c>.</param>
    /// <param name="options">How to trace; null for <see cref="CircuitOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the trace.</param>
    /// <exception cref="QSharpCompilationException">The project or the expression does not compile (positions in the
    /// expression are reported on <c>&lt;entry&gt;</c>).</exception>
    /// <exception cref="QSharpRuntimeException">The program failed while being traced, or the tracer cannot follow it: a
    /// branch on a measurement result under <see cref="CircuitGeneration.ClassicalEval"/> fails with code
    /// <see cref="ResultComparisonUnsupported"/> (trace it with <see cref="CircuitGeneration.Simulate"/>).</exception>
    /// <exception cref="QSharpTimeoutException">The trace passed <see cref="CircuitOptions.Timeout"/>.</exception>
    public async Task<Circuit> CircuitAsync(QSharpProject project, string expression, CircuitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        options ??= CircuitOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxOperations, 1, nameof(options));
        if (options.RegisterSize is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.RegisterSize, "RegisterSize must be at least 1.");
        var wrapper = new EntryWrapper(project, expression, options.RegisterSize, entryPoint: true);
        var simulate = options.Generation == CircuitGeneration.Simulate;
        var seed = options.Seed ?? Random.Shared.NextInt64(0, 1L << 31);

        var (json, _) = await WithEngineAsync(
            engine => engine.Circuit(wrapper.ProgramJson, simulate ? "simulate" : "classicalEval", options.MaxOperations, seed),
            options.Timeout, cancellationToken).ConfigureAwait(false);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (!root.GetProperty("ok").GetBoolean())
            throw TraceFailure(root, wrapper);
        return CircuitJson.Parse(expression, root.GetProperty("value"), options.Generation, options.MaxOperations) with
        {
            Seed = simulate ? seed : null,
        };
    }

    /// <summary>The exception for a failed trace; the tracer reports a JSON array of diagnostics. Without a <paramref name="wrapper"/>
    /// (a traced operation rather than an expression) its positions are the sources' own.</summary>
    internal static QSharpException TraceFailure(JsonElement root, EntryWrapper? wrapper)
    {
        var error = root.GetProperty("error").GetString() ?? "";
        if (root.TryGetProperty("trap", out var trap) && trap.GetBoolean())
            return new QSharpHostException($"The Q# circuit tracer crashed (wasm trap '{error}').");
        List<QSharpDiagnostic> diagnostics;
        try
        {
            using var errors = JsonDocument.Parse($"{{\"errors\":{error}}}");
            diagnostics = EventDecoder.Diagnostics(errors.RootElement);
        }
        catch (JsonException)
        {
            return new QSharpHostException($"The Q# circuit tracer failed: {error}");
        }
        var mapped = wrapper?.Map(diagnostics) ?? diagnostics;
        return mapped.All(d => d.Code.StartsWith("Qdk.Qsc.Eval.", StringComparison.Ordinal) || d.Code.StartsWith("Qdk.Qsc.PartialEval.", StringComparison.Ordinal))
            ? new QSharpRuntimeException(mapped, 0)
            : new QSharpCompilationException(mapped);
    }
}
