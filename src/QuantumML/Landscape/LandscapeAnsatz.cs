using QuantumML.Quantum;
using QuantumML.Variational;
using QuantumML.Vqe;

namespace QuantumML.Landscape;

/// <summary>An ansatz family to scan: a Q# expression of type <c>(Double[], Qubit[]) =&gt; Unit is Adj</c> and the Q#
/// function that gives its parameter count for (qubits, layers). Any operation of that signature in the project will do,
/// a student's own included.</summary>
/// <param name="Name">A short label for tables and plot legends, e.g. "hardware-efficient".</param>
/// <param name="Expression">The ansatz, e.g. <c>Ansatzes.ApplyHardwareEfficientAnsatz</c> or a partial application such as
/// <c>VqeAnsatzes.ApplyTfimHamiltonianVariational(false, _, _)</c>.</param>
/// <param name="ParameterCountFunction">A Q# <c>(Int, Int) -&gt; Int</c> expression, e.g.
/// <c>Ansatzes.HardwareEfficientParameterCount</c>.</param>
public sealed record LandscapeAnsatz(string Name, string Expression, string ParameterCountFunction)
{
    /// <summary>The family for <paramref name="expression"/>, its count function named by the project's convention
    /// (<c>Ns.ApplyFooAnsatz</c> pairs with <c>Ns.FooParameterCount</c>) unless given.</summary>
    public static LandscapeAnsatz Of(string name, string expression, string? parameterCountFunction = null) =>
        new(name, expression, parameterCountFunction ?? new CircuitSpec("", expression, 1).CountFunction);

    /// <summary>The shipped ansatzes of <c>quantum/src</c>: hardware-efficient and strongly entangling layers, and the
    /// Hamiltonian-variational ansatzes of the open transverse-field Ising and XXZ (Δ = 1) chains.</summary>
    /// <remarks>Symmetry makes some costs constant on the Hamiltonian-variational ones (their points then report
    /// <see cref="GradientVariancePoint.Vanishes"/>): the TFIM ansatz keeps the parity ΠXⱼ of |+…+⟩, so ⟨Zⱼ⟩ = 0 and the local
    /// cost is ½; the XXZ ansatz conserves the total Sz = ½Σ⟨Zⱼ⟩, which is all the local cost ½ − Σ⟨Zⱼ⟩/(2n) sees, and
    /// its states have Sz ≤ ½ where |0…0⟩ has Sz = n/2, so both its costs are constant.</remarks>
    public static IReadOnlyList<LandscapeAnsatz> Shipped { get; } =
    [
        // The VQE catalogue's ansatzes that fit any register, then the Hamiltonian-variational ones on open chains (XXZ at Δ = 1).
        .. VqeAnsatzCatalogue.Catalogue.Entries.Where(e => e.Hamiltonians is null).Select(e => new LandscapeAnsatz(e.Name, e.Expression(new VqeAnsatzSite(1)), e.CountFunction)),
        .. VqeAnsatzCatalogue.Catalogue.Entries.Where(e => e.Hamiltonians is { } h && h.Count > 1).SelectMany(e => e.Hamiltonians!
            .Select(h => new LandscapeAnsatz($"{e.Name}-{h}", e.Expression(new VqeAnsatzSite(1, h)), e.CountFunction))),
    ];

    /// <summary>The circuit at (<paramref name="qubits"/>, <paramref name="layers"/>), its parameter count asked of Q#.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 1 qubit or layer, or Q# counts no parameters.</exception>
    public async Task<AnsatzCircuit> CircuitAsync(CircuitEvaluator evaluator, int qubits, int layers, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(qubits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(layers, 1);
        var count = await evaluator.AnsatzParameterCountAsync(ParameterCountFunction, qubits, layers, ct).ConfigureAwait(false);
        if (count < 1)
            throw new ArgumentOutOfRangeException(nameof(layers), count, $"{ParameterCountFunction}({qubits}, {layers}) gives {count} parameters; a scan needs at least one.");
        // The shift rule is not assumed for a user's ansatz: the scans differentiate by the adjoint method.
        return new AnsatzCircuit(Expression, qubits, count, ShiftRuleApplies: false);
    }
}
