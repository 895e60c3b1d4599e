using QuantumML.Experiments.Results;
using QuantumML.QSharp;
using QuantumML.QSharp.Circuits;
using QuantumML.QSharp.Estimates;

namespace QuantumML.Experiments.Running;

/// <summary>Traces the circuit of a quantum job for its report.</summary>
internal static class CircuitCapture
{
    /// <summary>The circuit of <paramref name="expression"/> (an operation taking a <c>Qubit[]</c> of
    /// <paramref name="qubits"/> qubits), or null when the tracer cannot follow it: a report without a diagram
    /// is better than a failed run.</summary>
    public static async Task<CircuitRecord?> TraceAsync(QSharpRuntime runtime, QSharpProject project, string expression, int qubits, string title, CancellationToken ct, bool estimate = false)
    {
        CircuitRecord record;
        try
        {
            var circuit = await runtime.CircuitAsync(project, expression, new CircuitOptions { RegisterSize = qubits, Timeout = TimeSpan.FromSeconds(60) }, ct).ConfigureAwait(false);
            var metrics = CircuitMetrics.Of(circuit);
            record = new CircuitRecord(expression, SvgCircuitWriter.ToSvg(circuit, title), metrics.Summary(), metrics.CountsLine());
        }
        catch (QSharpException)
        {
            return null;
        }
        if (!estimate) return record;
        try
        {
            var estimates = await runtime.EstimateAsync(project, expression, EstimateJob.ToParametersJson([new EstimateJob(ProjectionModel)]),
                new EstimateOptions { RegisterSize = qubits, Timeout = TimeSpan.FromSeconds(60) }, ct).ConfigureAwait(false);
            var e = estimates.Items[0];
            return record with { Estimate = new EstimateRecord(e.QubitModel, e.LogicalQubits, e.TStates, e.PhysicalQubits, e.RuntimeNanoseconds) };
        }
        catch (QSharpException)
        {
            return record;
        }
    }

    /// <summary>The qubit model of report projections: gate-based, nanosecond gates, 10⁻³ errors.</summary>
    public const string ProjectionModel = "qubit_gate_ns_e3";
}
