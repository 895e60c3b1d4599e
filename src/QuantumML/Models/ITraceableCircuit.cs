namespace QuantumML.Models;

/// <summary>A trained quantum model that can name the circuit it runs on one input, for diagrams and resource estimates.</summary>
public interface ITraceableCircuit
{
    /// <summary>A Q# operation expression taking the register (<c>Qubit[] =&gt; Unit</c>) that prepares the model's
    /// state for <paramref name="features"/>, and the register size.</summary>
    (string Expression, int Qubits) CircuitFor(double[] features);
}
