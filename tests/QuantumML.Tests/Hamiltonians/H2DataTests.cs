using System.Numerics;
using QuantumML.Eigensolvers;
using QuantumML.Hamiltonians;

namespace QuantumML.Tests.Hamiltonians;

/// <summary>The shipped H2/STO-3G Hamiltonians reproduce the published FCI and Hartree-Fock energies.</summary>
public sealed class H2DataTests
{
    internal static BondLengthScan Scan { get; } = BondLengthScan.Load(RepositoryData.PathOf("h2-sto3g.json"));

    public static TheoryData<double> BondLengths => new(Scan.Points.Select(p => p.BondLength));

    [Fact]
    public void CoversTheDissociationCurveIncludingTheEquilibrium()
    {
        Assert.Equal("H2", Scan.Molecule);
        Assert.Equal("STO-3G", Scan.Basis);
        Assert.True(Scan.Points.Count >= 6);
        Assert.True(Scan.Points.Min(p => p.BondLength) <= 0.3 && Scan.Points.Max(p => p.BondLength) >= 2.5);
        var eq = Scan.At(0.735);
        Assert.Equal(-1.137306, eq.ExactGroundEnergy, 6);
        Assert.Equal(4, eq.JordanWigner.QubitCount);
        Assert.Equal(15, eq.JordanWigner.Terms.Count);
        Assert.Equal(2, eq.Reduced.QubitCount);
        Assert.All(Scan.Points, p => Assert.Matches("^(quantumlib/OpenFermion|qiskit-community/qiskit-nature)@[0-9a-f]{40}: ", p.Source));
        Assert.Throws<KeyNotFoundException>(() => Scan.At(0.123));
    }

    [Theory]
    [MemberData(nameof(BondLengths))]
    public void BothHamiltoniansHaveThePublishedFciEnergyAsGroundEnergy(double bondLength)
    {
        var p = Scan.At(bondLength);
        var jw = DenseEigensolver.Solve(p.JordanWigner).Energy;
        var reduced = DenseEigensolver.Solve(p.Reduced).Energy;
        Assert.Equal(p.ExactGroundEnergy, jw, 9);
        Assert.Equal(p.ExactGroundEnergy, reduced, 9);
        if (p.ReferenceFciEnergy is { } fci) Assert.Equal(fci, jw, 9);
    }

    [Theory]
    [MemberData(nameof(BondLengths))]
    public void TheHartreeFockDeterminantHasTheHartreeFockEnergy(double bondLength)
    {
        var p = Scan.At(bondLength);
        // Jordan-Wigner: qubits 0 and 1 (σg α, σg β) occupied, |1100⟩ = index 12. Reduced: |11⟩ = index 3.
        Assert.Equal(p.HartreeFockEnergy, p.JordanWigner.Expectation(BasisState(4, 0b1100)), 9);
        Assert.Equal(p.HartreeFockEnergy, p.Reduced.Expectation(BasisState(2, 0b11)), 9);
        Assert.True(p.ExactGroundEnergy < p.HartreeFockEnergy);
    }

    private static Complex[] BasisState(int qubits, int index)
    {
        var v = new Complex[1 << qubits];
        v[index] = 1;
        return v;
    }
}
