using MathNet.Numerics.LinearAlgebra;
using QuantumML.Data;
using Complex = System.Numerics.Complex;

namespace QuantumML.Tests.Data;

public sealed class AdHocDataTests
{
    private static readonly Matrix<Complex> I2 = Matrix<Complex>.Build.DenseIdentity(2);
    private static readonly Matrix<Complex> Z = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 0 }, { 0, -1 } });
    private static readonly Matrix<Complex> H = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 1 }, { 1, -1 } }) / Math.Sqrt(2);

    // exp(iθP) = cos θ·I + i sin θ·P for a Pauli product P (P² = I): independent of the library's diagonal-phase construction.
    private static Matrix<Complex> ExpPauli(double theta, Matrix<Complex> p) =>
        Matrix<Complex>.Build.DenseIdentity(4) * Math.Cos(theta) + p * new Complex(0, Math.Sin(theta));

    private static double IndependentExpectation(double x1, double x2, Matrix<Complex> v)
    {
        var z1 = Z.KroneckerProduct(I2);   // qubit 0 = most significant = left Kronecker factor
        var z2 = I2.KroneckerProduct(Z);
        var zz = Z.KroneckerProduct(Z);
        var u = ExpPauli(x1, z1) * ExpPauli(x2, z2) * ExpPauli((Math.PI - x1) * (Math.PI - x2), zz);
        var hh = H.KroneckerProduct(H);
        var psi = (u * hh * u * hh).Column(0);          // applied to |00⟩
        var observed = v * psi;
        return observed.ConjugateDotProduct(zz * observed).Real;
    }

    [Fact]
    public void LabelsAgreeWithAnIndependentComputationAndClearTheGap()
    {
        const double gap = 0.3;
        var d = SyntheticData.AdHoc(15, gap, new Random(7));
        var v = AdHocData.RandomUnitary(AdHocData.DefaultUnitarySeed);
        for (var i = 0; i < d.Count; i++)
        {
            var x = d.Features[i];
            Assert.All(x, value => Assert.InRange(value, 0, 2 * Math.PI));
            var expectation = IndependentExpectation(x[0], x[1], v);
            Assert.Equal(expectation, AdHocData.Expectation(x, AdHocData.Observable(v)), 10);
            Assert.True(Math.Abs(expectation) >= gap - 1e-12);
            Assert.Equal(expectation > 0 ? 1 : 0, d.Labels[i]);
        }
    }

    [Fact]
    public void TheFeatureStateMatchesTheKroneckerConstructionAtAGivenPoint()
    {
        double[] x = [0.4, 5.1];
        var zz = Z.KroneckerProduct(Z);
        var u = ExpPauli(x[0], Z.KroneckerProduct(I2)) * ExpPauli(x[1], I2.KroneckerProduct(Z)) * ExpPauli((Math.PI - x[0]) * (Math.PI - x[1]), zz);
        var hh = H.KroneckerProduct(H);
        var expected = (u * hh * u * hh).Column(0);
        var actual = AdHocData.FeatureState(x);
        for (var i = 0; i < 4; i++) Assert.True((expected[i] - actual[i]).Magnitude < 1e-12, $"amplitude {i}");
        // Swapping the features is a different state unless the map were symmetric: pins the qubit order.
        var swapped = AdHocData.FeatureState([x[1], x[0]]);
        Assert.True((swapped - actual).L2Norm() > 1e-3);
    }

    [Fact]
    public void TheRandomUnitaryIsUnitaryAndSeeded()
    {
        var v = AdHocData.RandomUnitary(11);
        var product = v.ConjugateTranspose() * v;
        for (var i = 0; i < 4; i++)
            for (var j = 0; j < 4; j++)
                Assert.True((product[i, j] - (i == j ? Complex.One : Complex.Zero)).Magnitude < 1e-12);
        Assert.Equal(v, AdHocData.RandomUnitary(11));
        Assert.NotEqual(v, AdHocData.RandomUnitary(12));
    }

    [Fact]
    public void DifferentSamplingSeedsShareTheLabellingUnitary()
    {
        var observable = AdHocData.Observable(AdHocData.RandomUnitary(AdHocData.DefaultUnitarySeed));
        foreach (var seed in new[] { 1, 2 })
        {
            var d = SyntheticData.AdHoc(5, 0.2, new Random(seed));
            for (var i = 0; i < d.Count; i++)
                Assert.Equal(AdHocData.Expectation(d.Features[i], observable) > 0 ? 1 : 0, d.Labels[i]);
        }
    }
}
