using Complex = System.Numerics.Complex;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace QuantumML.Data;

/// <summary>
/// The 2-qubit "ad hoc" dataset of Havlicek et al., Nature 567, 209 (2019): points x in [0, 2π)^2 are
/// labelled by the sign of ⟨Φ(x)| V† (Z⊗Z) V |Φ(x)⟩, where |Φ(x)⟩ = U_Φ(x) H⊗H U_Φ(x) H⊗H |00⟩ and
/// U_Φ(x) = exp(i(x1 Z⊗I + x2 I⊗Z + (π − x1)(π − x2) Z⊗Z)).
/// </summary>
/// <remarks>
/// Convention: qubit 0 is the most significant bit, i.e. amplitude index 2·b0 + b1 and Kronecker order
/// q0 ⊗ q1, the same as the Q# state dumps; x1 acts on qubit 0. Z⊗Z does not depend on the order, but
/// the single-qubit phases do. Labels: class 1 ("+1") when the expectation is ≥ gap, class 0 ("-1")
/// when it is ≤ −gap; points in between are rejected.
/// </remarks>
public static class AdHocData
{
    /// <summary>The seed of the default unitary V.</summary>
    /// <remarks>V is the labelling concept, so it is fixed independently of the sampling generator: train and test sets drawn with different seeds must share it.</remarks>
    public const int DefaultUnitarySeed = 2019;

    /// <summary>Draws <paramref name="nPerClass"/> points of each class whose |expectation| is at least <paramref name="gap"/>, with V from <paramref name="unitarySeed"/>.</summary>
    public static Dataset Generate(int nPerClass, double gap, Random rng, int unitarySeed = DefaultUnitarySeed)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfLessThan(nPerClass, 1);
        if (gap is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(gap), gap, "The gap must lie in [0, 1): the expectation of Z⊗Z is within [-1, 1].");
        var observable = Observable(RandomUnitary(unitarySeed));
        var byClass = new[] { new List<double[]>(), new List<double[]>() };
        // Rejection sampling; the bound only guards against a gap no point can clear.
        var attemptsLeft = 100_000L * nPerClass;
        while (byClass[0].Count < nPerClass || byClass[1].Count < nPerClass)
        {
            if (attemptsLeft-- == 0) throw new InvalidOperationException($"Could not draw {nPerClass} points per class with gap {gap}.");
            var x = new[] { 2 * Math.PI * rng.NextDouble(), 2 * Math.PI * rng.NextDouble() };
            var value = Expectation(x, observable);
            var label = value >= gap ? 1 : value <= -gap ? 0 : -1;
            if (label >= 0 && byClass[label].Count < nPerClass) byClass[label].Add(x);
        }
        var features = byClass[0].Concat(byClass[1]).ToArray();
        var labels = Enumerable.Repeat(0, nPerClass).Concat(Enumerable.Repeat(1, nPerClass)).ToArray();
        return SyntheticData.Shuffled(new Dataset("adhoc", features, labels, ["-1", "+1"], ["x1", "x2"]), rng);
    }

    /// <summary>A Haar-random 4×4 unitary: the Q factor of a complex Gaussian matrix, with the phases of R's diagonal moved into Q (Mezzadri 2007).</summary>
    public static Matrix<Complex> RandomUnitary(int seed)
    {
        var rng = new Random(seed);
        var g = Matrix<Complex>.Build.Dense(4, 4, (_, _) => new Complex(Normal.Sample(rng, 0, 1), Normal.Sample(rng, 0, 1)));
        var qr = g.QR();
        // Without the phase fix, Q is not Haar-distributed (the QR convention biases it).
        var phases = Matrix<Complex>.Build.DenseDiagonal(4, 4, i => qr.R[i, i] / qr.R[i, i].Magnitude);
        return qr.Q * phases;
    }

    /// <summary>The Hermitian observable V† (Z⊗Z) V.</summary>
    public static Matrix<Complex> Observable(Matrix<Complex> unitary)
    {
        ArgumentNullException.ThrowIfNull(unitary);
        var parity = Matrix<Complex>.Build.DenseDiagonal(4, 4, i => ZValue(i, 0) * ZValue(i, 1));
        return unitary.ConjugateTranspose() * parity * unitary;
    }

    /// <summary>The feature-map state |Φ(x)⟩ = U_Φ(x) H⊗H U_Φ(x) H⊗H |00⟩ (amplitude index 2·b0 + b1).</summary>
    public static Vector<Complex> FeatureState(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != 2) throw new ArgumentException("The ad hoc feature map takes two features.", nameof(x));
        var h = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 1 }, { 1, -1 } }) / Math.Sqrt(2);
        var hh = h.KroneckerProduct(h);
        var phi12 = (Math.PI - x[0]) * (Math.PI - x[1]);
        // U_Φ is diagonal in the computational basis: each basis state picks up the phase of its Z eigenvalues.
        var u = Matrix<Complex>.Build.DenseDiagonal(4, 4, i =>
        {
            double z0 = ZValue(i, 0), z1 = ZValue(i, 1);
            return Complex.FromPolarCoordinates(1, x[0] * z0 + x[1] * z1 + phi12 * z0 * z1);
        });
        var zero = Vector<Complex>.Build.Dense(4, i => i == 0 ? Complex.One : Complex.Zero);
        return u * hh * u * hh * zero;
    }

    /// <summary>⟨Φ(x)| O |Φ(x)⟩ for a Hermitian observable O (the real part; the imaginary part is rounding).</summary>
    public static double Expectation(double[] x, Matrix<Complex> observable)
    {
        ArgumentNullException.ThrowIfNull(observable);
        var state = FeatureState(x);
        return state.ConjugateDotProduct(observable * state).Real;
    }

    // Eigenvalue (+1 or -1) of Z on the given qubit for basis index i; qubit 0 is the most significant bit.
    private static int ZValue(int i, int qubit) => ((i >> (1 - qubit)) & 1) == 0 ? 1 : -1;
}
