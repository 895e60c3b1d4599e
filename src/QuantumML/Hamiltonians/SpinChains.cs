namespace QuantumML.Hamiltonians;

/// <summary>Hamiltonians of one-dimensional spin-1/2 chains, written with Pauli matrices (not spin operators S = σ/2).</summary>
public static class SpinChains
{
    /// <summary>The transverse-field Ising chain H = −J Σ_⟨ij⟩ Z_i Z_j − h Σ_i X_i.</summary>
    /// <remarks>J &gt; 0 is ferromagnetic and h &gt; 0 favours |+⟩; the chain is critical at h = J. Terms are the bonds in order
    /// (Z0 Z1, Z1 Z2, …, and Z_{n−1} Z0 when periodic), then the fields X0 … X_{n−1}. Pfeuty, Ann. Phys. 57, 79 (1970).</remarks>
    /// <param name="sites">Number of sites (qubits); range ≥ 2 open, ≥ 3 periodic, ≤ 64.</param>
    /// <param name="coupling">J.</param>
    /// <param name="field">h.</param>
    /// <param name="boundary">Open or periodic.</param>
    public static PauliSum TransverseFieldIsing(int sites, double coupling, double field, ChainBoundary boundary)
    {
        var terms = new List<PauliTerm>();
        foreach (var (i, j) in Bonds(sites, boundary))
            terms.Add(new PauliTerm(-coupling, PauliString.On(i, Pauli.Z).With(j, Pauli.Z)));
        for (var i = 0; i < sites; i++) terms.Add(new PauliTerm(-field, PauliString.On(i, Pauli.X)));
        return new PauliSum(sites, terms);
    }

    /// <summary>The Heisenberg XXZ chain H = J Σ_⟨ij⟩ (X_i X_j + Y_i Y_j + Δ Z_i Z_j).</summary>
    /// <remarks>J &gt; 0 is antiferromagnetic; Δ = 1 is the isotropic Heisenberg chain, Δ = 0 the XX chain. In spin operators
    /// this is 4J Σ (S^x S^x + S^y S^y + Δ S^z S^z). Terms per bond in the order XX, YY, ZZ (the ZZ term is left out when Δ = 0).</remarks>
    /// <param name="sites">Number of sites (qubits); range ≥ 2 open, ≥ 3 periodic, ≤ 64.</param>
    /// <param name="coupling">J.</param>
    /// <param name="anisotropy">Δ.</param>
    /// <param name="boundary">Open or periodic.</param>
    public static PauliSum HeisenbergXxz(int sites, double coupling, double anisotropy, ChainBoundary boundary)
    {
        var terms = new List<PauliTerm>();
        foreach (var (i, j) in Bonds(sites, boundary))
        {
            terms.Add(new PauliTerm(coupling, PauliString.On(i, Pauli.X).With(j, Pauli.X)));
            terms.Add(new PauliTerm(coupling, PauliString.On(i, Pauli.Y).With(j, Pauli.Y)));
            if (anisotropy != 0) terms.Add(new PauliTerm(coupling * anisotropy, PauliString.On(i, Pauli.Z).With(j, Pauli.Z)));
        }
        return new PauliSum(sites, terms);
    }

    private static IEnumerable<(int, int)> Bonds(int sites, ChainBoundary boundary)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sites, boundary == ChainBoundary.Periodic ? 3 : 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sites, PauliString.MaxQubits);
        for (var i = 0; i + 1 < sites; i++) yield return (i, i + 1);
        if (boundary == ChainBoundary.Periodic) yield return (sites - 1, 0);
    }
}
