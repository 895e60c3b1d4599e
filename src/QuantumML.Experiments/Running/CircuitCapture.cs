using QuantumML.Experiments.Results;
using QuantumML.QSharp;
using QuantumML.QSharp.Circuits;

namespace QuantumML.Experiments.Running;

/// <summary>Traces the circuit of a quantum job for its report.</summary>
internal static class CircuitCapture
{
    /// <summary>The circuit of <paramref name="expression"/> (an operation taking a <c>Qubit[]</c> of
    /// <paramref name="qubits"/> qubits), or null when the tracer cannot follow it: a report without a diagram
    /// is better than a failed run.</summary>
    public static async Task<CircuitRecord?> TraceAsync(QSharpRuntime runtime, QSharpProject project, string expression, int qubits, string title, CancellationToken ct)
    {
        try
        {
            var circuit = await runtime.CircuitAsync(project, expression, new CircuitOptions { RegisterSize = qubits, Timeout = TimeSpan.FromSeconds(60) }, ct).ConfigureAwait(false);
            var metrics = CircuitMetrics.Of(circuit);
            return new CircuitRecord(expression, SvgCircuitWriter.ToSvg(circuit, title), metrics.Summary(), metrics.CountsLine());
        }
        catch (QSharpException)
        {
            return null;
        }
    }
}
