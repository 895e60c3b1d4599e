using QuantumML.Quantum;
using QuantumML.Variational;
using QuantumML.Vqe;

namespace QuantumML.Tests.Vqe;

/// <summary>The shipped VQE ansatzes as circuits, their parameter counts asked of Q# as the VQE task asks them.</summary>
internal static class TestAnsatz
{
    /// <summary>The catalogue's ansatz <paramref name="name"/> at (qubits, layers) for a Hamiltonian of <paramref name="hamiltonian"/>.</summary>
    public static AnsatzCircuit Of(string name, int qubits, int layers, string hamiltonian = "", bool periodic = false, double delta = 1.0)
    {
        var counter = new CircuitEvaluator(TestRuntime.Runtime, TestRuntime.Project, ExecutionMode.Exact, new Random(0));
        return VqeAnsatzCatalogue.Catalogue[name].CircuitAsync(counter, new VqeAnsatzSite(qubits, hamiltonian, periodic, delta), layers).GetAwaiter().GetResult();
    }
}
