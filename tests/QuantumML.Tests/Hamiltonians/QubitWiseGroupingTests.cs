using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using QuantumML.Hamiltonians;

namespace QuantumML.Tests.Hamiltonians;

public sealed class QubitWiseGroupingTests
{
    public static TheoryData<string> Hamiltonians => new()
    {
        "-1.05 * I + 0.39 * Z0 - 0.39 * Z1 - 0.01 * Z0 Z1 + 0.18 * X0 X1",
        SpinChains.HeisenbergXxz(4, 1.0, 0.5, ChainBoundary.Periodic).ToString(),
        SpinChains.TransverseFieldIsing(5, 1.0, 0.7, ChainBoundary.Open).ToString(),
        PauliMatrices.RandomSum(4, 25, new Random(3)).ToString(),
        H2DataTests.Scan.At(0.735).JordanWigner.ToString(),
    };

    [Theory]
    [MemberData(nameof(Hamiltonians))]
    public void GroupsAreQubitWiseCommutingAndPartitionTheTerms(string text)
    {
        var h = PauliSum.Parse(text);
        var groups = QubitWiseGrouping.Group(h);
        Assert.Equal(Enumerable.Range(0, h.Terms.Count), groups.SelectMany(g => g.TermIndices).Order());
        foreach (var g in groups)
        {
            Assert.Equal(g.TermIndices.Select(i => h.Terms[i]), g.Terms);
            foreach (var a in g.Terms)
            {
                foreach (var b in g.Terms) Assert.True(a.Pauli.QubitWiseCommutesWith(b.Pauli), $"{a.Pauli} and {b.Pauli} share group {g.BasisLabel}");
                for (var q = 0; q < h.QubitCount; q++)
                    Assert.True(a.Pauli[q] == Pauli.I || a.Pauli[q] == g.Basis[q], $"{a.Pauli} on qubit {q} against basis {g.BasisLabel}");
            }
        }
    }

    [Fact]
    public void TheIssueExampleNeedsTwoGroupsLargestFirst()
    {
        var groups = QubitWiseGrouping.Group(PauliSum.Parse("-1.05 * I + 0.39 * Z0 - 0.39 * Z1 - 0.01 * Z0 Z1 + 0.18 * X0 X1"));
        Assert.Equal(["ZZ", "XX"], groups.Select(g => g.BasisLabel));
        Assert.Equal([0, 1, 2, 3], groups[0].TermIndices);
    }

    [Theory]
    [MemberData(nameof(Hamiltonians))]
    public void ExactProbabilitiesInEachRotatedBasisReproduceTheEnergy(string text)
    {
        var h = PauliSum.Parse(text);
        var psi = PauliMatrices.RandomState(h.QubitCount, new Random(11));
        var total = QubitWiseGrouping.Group(h).Sum(g =>
        {
            var rotated = Rotation(g) * psi;
            return g.Energy(rotated.Select(a => a.Magnitude * a.Magnitude).ToArray());
        });
        Assert.Equal(h.Expectation(psi), total, 12);
    }

    [Fact]
    public void ShotValuesAreParitiesOnTheSupportInEitherBitOrder()
    {
        var g = QubitWiseGrouping.Group(PauliSum.Parse("Z0 Z1 + 0.5 * Z2 + 0.25 * I + 0.1 * Z0", 3)).Single();
        // Index 0b110: qubits 0 and 1 read One (qubit 0 is the most significant bit).
        Assert.Equal([1.0, 1.0, 1.0, -1.0], g.TermValues(0b110));
        Assert.Equal(g.TermValues(0b110), g.TermValues([true, true, false]));
        Assert.Equal([-1.0, -1.0, 1.0, 1.0], g.TermValues(0b011));
    }

    // The per-qubit rotation a Q# driver applies before measuring in Z: X → H, Y → S† then H (matrix H·S†).
    private static Matrix<Complex> Rotation(MeasurementGroup g)
    {
        var s = 1 / Math.Sqrt(2);
        var hadamard = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { s, s }, { s, -s } });
        var sDagger = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 0 }, { 0, -Complex.ImaginaryOne } });
        return PauliMatrices.Kronecker(g.Basis.Select(p => p switch
        {
            Pauli.X => hadamard,
            Pauli.Y => hadamard * sDagger,
            _ => Matrix<Complex>.Build.DenseIdentity(2),
        }));
    }
}
