using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using QuantumML.Hamiltonians;

namespace QuantumML.Tests.Hamiltonians;

public sealed class PauliSumMatrixTests
{
    [Theory]
    [InlineData("-1.05 * I + 0.39 * Z0 - 0.39 * Z1 - 0.01 * Z0 Z1 + 0.18 * X0 X1", 2)]
    [InlineData("0.5 * Y0 + 0.25 * X0 Y1 Z2 - 1.5 * Y1 Y2 + 2 * Z0 X2", 3)]
    [InlineData("1 * X1", 3)]
    [InlineData("0.3 * X0 Z1 Y2 I3 + 0.7 * Y0 Y3 - 0.2 * Z2 + 0.1 * X0 X1 X2 X3", 4)]
    public void DenseMatrixEqualsHandBuiltKroneckerProducts(string text, int qubits)
    {
        var h = PauliSum.Parse(text, qubits);
        var expected = PauliMatrices.Kronecker(h);
        Assert.True((h.ToDenseMatrix() - expected).FrobeniusNorm() < 1e-14);
    }

    [Fact]
    public void QubitZeroIsTheMostSignificantBit()
    {
        // X0 on |00⟩ (index 0) gives |10⟩ (index 2), not |01⟩.
        var m = PauliSum.Parse("X0", 2).ToDenseMatrix();
        Assert.Equal(Complex.One, m[2, 0]);
        Assert.Equal(Complex.Zero, m[1, 0]);
        // Z1 is −1 on |01⟩ (index 1).
        Assert.Equal(-Complex.One, PauliSum.Parse("Z1", 2).ToDenseMatrix()[1, 1]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void BitMaskExpectationEqualsPsiDaggerMPsi(int qubits)
    {
        var random = new Random(100 + qubits);
        var h = PauliMatrices.RandomSum(qubits, 12, random);
        var m = PauliMatrices.Kronecker(h);
        for (var trial = 0; trial < 5; trial++)
        {
            var psi = PauliMatrices.RandomState(qubits, random);
            var reference = psi.ConjugateDotProduct(m * psi);
            Assert.Equal(reference.Real, h.Expectation(psi), 12);
            Assert.Equal(0.0, reference.Imaginary, 12);
        }
    }

    [Fact]
    public void ApplyEqualsTheMatrixVectorProduct()
    {
        var random = new Random(7);
        var h = PauliMatrices.RandomSum(4, 20, random);
        var psi = PauliMatrices.RandomState(4, random);
        var output = new Complex[16];
        h.Apply(psi.ToArray(), output);
        Assert.True((MathNet.Numerics.LinearAlgebra.Vector<Complex>.Build.DenseOfArray(output) - PauliMatrices.Kronecker(h) * psi).L2Norm() < 1e-13);
    }

    [Fact]
    public void RealityFollowsTheParityOfYCounts()
    {
        Assert.True(PauliSum.Parse("X0 + Y0 Y1 + Z1").IsReal);
        Assert.False(PauliSum.Parse("X0 Y1").IsReal);
        Assert.Throws<ArgumentException>(() => PauliSum.Parse("Z0", 1).Expectation(new Complex[4]));
    }
}
