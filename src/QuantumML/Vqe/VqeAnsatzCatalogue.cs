using QuantumML.Catalogues;
using QuantumML.QSharp;
using QuantumML.Quantum;
using QuantumML.Variational;

namespace QuantumML.Vqe;

/// <summary>Where a VQE ansatz is placed: its register and the Hamiltonian it may be built from.</summary>
/// <param name="Qubits">The register size.</param>
/// <param name="Hamiltonian">The Hamiltonian's source (h2, tfim, xxz, pauli).</param>
/// <param name="Periodic">Whether a chain Hamiltonian closes into a ring.</param>
/// <param name="Delta">The anisotropy Δ of an XXZ chain.</param>
public sealed record VqeAnsatzSite(int Qubits, string Hamiltonian = "", bool Periodic = false, double Delta = 1.0);

/// <summary>One VQE ansatz: a Q# operation of type <c>(Double[], Qubit[]) => Unit is Adj</c> (once its problem-specific
/// arguments are applied) and the Q# function that counts its parameters for (qubits, layers).</summary>
/// <param name="Name">The name specs use: a short name of the catalogue, or a Q# operation's full name.</param>
/// <param name="Doc">What it is.</param>
/// <param name="CountFunction">The Q# <c>(Int, Int) -&gt; Int</c> function that gives the parameter count.</param>
/// <param name="Expression">The Q# expression of the ansatz at a site.</param>
public sealed record VqeAnsatzEntry(string Name, string Doc, string CountFunction, Func<VqeAnsatzSite, string> Expression) : CatalogueEntry(Name, Doc)
{
    /// <summary>Whether every parameter drives one rotation exp(−iθP/2), so that the parameter-shift rule is exact.</summary>
    public bool ShiftRuleApplies { get; init; }

    /// <summary>Why the parameter-shift rule is not exact for it (when <see cref="ShiftRuleApplies"/> is false).</summary>
    public string NoShiftRule { get; init; } = "the rule is not assumed for an operation of the project";

    /// <summary>The Hamiltonian sources it is built from, or null when it applies to any.</summary>
    public IReadOnlyList<string>? Hamiltonians { get; init; }

    /// <summary>Why it does not fit another Hamiltonian, e.g. "is the H2 double excitation".</summary>
    public string? Fits { get; init; }

    /// <summary>The default initial parameters: zeros, or random near zero.</summary>
    public string Init { get; init; } = "zeros";

    /// <summary>The circuit at <paramref name="site"/> with <paramref name="layers"/> layers, its parameter count asked of Q#.</summary>
    public async Task<AnsatzCircuit> CircuitAsync(CircuitEvaluator evaluator, VqeAnsatzSite site, int layers, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(site);
        var count = await evaluator.AnsatzParameterCountAsync(CountFunction, site.Qubits, layers, ct).ConfigureAwait(false);
        return new AnsatzCircuit(Expression(site), site.Qubits, count, ShiftRuleApplies);
    }
}

/// <summary>The VQE ansatzes specs name by a short name (<c>"ansatz"</c> of VQE configurations); any other Q# operation of
/// the project is named by its full name, its parameter count from <c>Ns.FooParameterCount</c> beside <c>Ns.ApplyFooAnsatz</c>.</summary>
public static class VqeAnsatzCatalogue
{
    /// <summary>Every shipped ansatz.</summary>
    public static Catalogue<VqeAnsatzEntry> Catalogue { get; } = new("VQE ansatzes", "models[].ansatz (vqe)",
    [
        new("hardware-efficient", "layers of Ry·Rz on every qubit and a CNOT chain (Ansatzes.ApplyHardwareEfficientAnsatz)",
            "Ansatzes.HardwareEfficientParameterCount", _ => "Ansatzes.ApplyHardwareEfficientAnsatz") { ShiftRuleApplies = true, Init = "random" },
        new("strongly-entangling", "strongly entangling layers (Ansatzes.ApplyStronglyEntanglingAnsatz)",
            "Ansatzes.StronglyEntanglingParameterCount", _ => "Ansatzes.ApplyStronglyEntanglingAnsatz") { ShiftRuleApplies = true, Init = "random" },
        new("hva", "the Hamiltonian-variational ansatz of a tfim or xxz chain: two angles per layer, each driving a whole layer of gates",
            "VqeAnsatzes.HamiltonianVariationalParameterCount", site => site.Hamiltonian == "xxz"
                ? $"VqeAnsatzes.ApplyXxzHamiltonianVariational({Bool(site.Periodic)}, {QSharpLiteral.Of(site.Delta)}, _, _)"
                : $"VqeAnsatzes.ApplyTfimHamiltonianVariational({Bool(site.Periodic)}, _, _)")
        {
            Hamiltonians = ["tfim", "xxz"], Fits = "is built from a tfim or xxz chain; this Hamiltonian is {0} (use hardware-efficient)",
            NoShiftRule = "each angle drives a whole layer of gates",
        },
        new("ucc", "the H2 double excitation from Hartree-Fock, one parameter (4 qubits, or 2 in the reduced mapping)",
            "VqeAnsatzes.H2DoubleExcitationParameterCount", site => H2DoubleExcitation(site.Qubits))
        {
            ShiftRuleApplies = true, Hamiltonians = ["h2"], Fits = "is the H2 double excitation; this Hamiltonian is {0}",
        },
    ]);

    /// <summary>The ansatz a spec names: a catalogue entry, or (a name with a dot) a Q# operation of the project, whose
    /// parameter count comes from <paramref name="countFunction"/> or the naming convention.</summary>
    public static VqeAnsatzEntry? Resolve(string name, string? countFunction = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Catalogue.Find(name) is { } entry) return entry;
        if (!name.Contains('.', StringComparison.Ordinal)) return null;
        // The shift rule is not assumed for a student's operation: the adjoint method or finite differences differentiate it.
        return new VqeAnsatzEntry(name, "a Q# operation of the project", countFunction ?? new CircuitSpec("", name, 1).CountFunction, _ => name);
    }

    /// <summary>The UCC double excitation of H2 from its Hartree-Fock state.</summary>
    /// <remarks>Jordan-Wigner order (qubit 0 σg↑, 1 σg↓, 2 σu↑, 3 σu↓), HF = |1100⟩: the fermionic double excitation's
    /// eight Pauli strings all map |1100⟩ to multiples of |0011⟩, so from HF it spans exactly the states that
    /// exp(iθ/2 · X₀X₁X₂Y₃) reaches, cos(θ/2)|1100⟩ − sin(θ/2)|0011⟩; one string keeps the circuit short and the
    /// parameter-shift rule exact. Reduced (two-qubit) form: HF = |11⟩, exp(iθ/2 · X₀Y₁).</remarks>
    private static string H2DoubleExcitation(int qubits) => qubits switch
    {
        4 => "VqeAnsatzes.ApplyPauliRotationsAnsatz([true, true, false, false], [[(0.5, [PauliX, PauliX, PauliX, PauliY])]], _, _)",
        2 => "VqeAnsatzes.ApplyPauliRotationsAnsatz([true, true], [[(0.5, [PauliX, PauliY])]], _, _)",
        _ => throw new ArgumentOutOfRangeException(nameof(qubits), qubits, "The H2 double excitation is defined for 4 (Jordan-Wigner) or 2 (reduced) qubits."),
    };

    private static string Bool(bool value) => value ? "true" : "false";
}
