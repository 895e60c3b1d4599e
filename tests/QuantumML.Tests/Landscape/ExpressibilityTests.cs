using MathNet.Numerics;
using QuantumML.Landscape;
using QuantumML.Quantum;
using QuantumML.Variational;

namespace QuantumML.Tests.Landscape;

/// <summary>Expressibility against the Haar distribution integrated numerically, Haar-random states drawn from Gaussians, and
/// the closed form of a single Rx rotation.</summary>
public sealed class ExpressibilityTests
{
    private const string RxProduct = "(p, qs) => { for i in 0..Length(qs) - 1 { Rx(p[i], qs[i]); } }";

    private static CircuitEvaluator Evaluator() => new(TestRuntime.Runtime, TestRuntime.Project, ExecutionMode.Exact, new Random(1));

    /// <summary>The largest divergence a histogram of M Haar-random pairs plausibly shows: 2M·KL is about χ² with B − 1
    /// degrees of freedom, so its mean (B − 1)/(2M) plus five standard deviations √(2(B − 1))/(2M).</summary>
    private static double HaarSamplingBound(int bins, int pairs) => (bins - 1 + 5 * Math.Sqrt(2.0 * (bins - 1))) / (2.0 * pairs);

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(64)]
    public void HaarBinMassesAreTheIntegralsOfTheDensity(int dimension)
    {
        var total = 0.0;
        for (var i = 0; i < 75; i++)
        {
            double low = i / 75.0, high = (i + 1) / 75.0;
            var mass = Math.Exp(HaarFidelity.LogBinMass(low, high, dimension));
            var integral = Integrate.OnClosedInterval(f => HaarFidelity.Density(f, dimension), low, high, 1e-12);
            Assert.Equal(integral, mass, 10);
            total += mass;
        }
        Assert.Equal(1, total, 12);
    }

    [Fact]
    public void HaarBinMassesNearOneStayFiniteForLargeRegisters()
    {
        // (1 − 74/75)^(2¹⁶ − 1) underflows a double; its logarithm does not.
        var log = HaarFidelity.LogBinMass(74 / 75.0, 1, 1 << 16);
        Assert.Equal(((1 << 16) - 1) * Math.Log(1 / 75.0), log, 6);
    }

    [Fact]
    public void HaarRandomStatesShowOnlyTheFiniteSampleBias()
    {
        var random = new Random(7);
        const int pairs = 4000;
        var fidelities = Enumerable.Range(0, pairs).Select(_ => HaarStates.Fidelity(HaarStates.Draw(3, random), HaarStates.Draw(3, random))).ToArray();
        var kl = Expressibility.KlDivergence(Expressibility.Histogram(fidelities), 8);
        Assert.InRange(kl, 0, HaarSamplingBound(75, pairs));
        // The same fidelities against the wrong dimension are far from Haar.
        Assert.True(Expressibility.KlDivergence(Expressibility.Histogram(fidelities), 2) > 0.3);
    }

    [Fact]
    public async Task OneRxRotationMatchesTheArcsineClosedForm()
    {
        // F = cos²(Δ/2) with Δ uniform has p(F) = 1/(π√(F(1 − F))), CDF (2/π)·asin(√F); against Haar (uniform for one
        // qubit) its continuum divergence is ln(4/π). With 75 bins the exact value is Σ Pᵢ ln(75 Pᵢ), a little less.
        const int bins = 75, pairs = 40_000;
        var binned = ArcsineDivergence(bins);
        Assert.InRange(Math.Log(4 / Math.PI) - binned, 0.02, 0.06);
        // The binned value approaches ln(4/π) from below as the bins narrow (slowly: the density is singular at both ends).
        Assert.InRange(Math.Log(4 / Math.PI) - ArcsineDivergence(1_000_000), 0, 1e-3);

        var point = await ExpressibilityScan.MeasureAsync(Evaluator(), "rx", new AnsatzCircuit(RxProduct, 1, 1, false), 1, new ExpressibilityOptions(pairs, bins, 5), CancellationToken.None);

        // The estimate's bias is about (B − 1)/(2M); its spread, by the delta method, √((Σ P ln²(P/Q) − KL²)/M).
        var masses = ArcsineMasses(bins);
        var spread = Math.Sqrt((masses.Sum(p => p * Math.Pow(Math.Log(bins * p), 2)) - binned * binned) / pairs);
        Assert.InRange(point.Expressibility, binned + (bins - 1) / (2.0 * pairs) - 4 * spread, binned + (bins - 1) / (2.0 * pairs) + 4 * spread);
        Assert.Equal(0, point.EntanglingCapability, 12);
        Assert.Equal(0.5, point.MeanFidelity, 2);
    }

    [Fact]
    public async Task DeepRandomCircuitIsNearlyHaarAndOneLayerIsNot()
    {
        var evaluator = Evaluator();
        var options = new ExpressibilityOptions(3000, Expressibility.DefaultBins, 2);
        var deep = await ExpressibilityScan.MeasureAsync(evaluator, LandscapeAnsatz.Shipped[1], 3, 12, options, CancellationToken.None);
        var shallow = await ExpressibilityScan.MeasureAsync(evaluator, LandscapeAnsatz.Shipped[0], 3, 1, options, CancellationToken.None);
        Assert.Equal(108, deep.Parameters);
        Assert.InRange(deep.Expressibility, 0, HaarSamplingBound(75, options.Pairs));
        Assert.True(shallow.Expressibility > 0.1, $"one hardware-efficient layer: {shallow.Expressibility}");
        Assert.InRange(deep.FramePotentialRatio, 0.9, 1.1);
        Assert.True(shallow.FramePotentialRatio > 1.3, $"one hardware-efficient layer: {shallow.FramePotentialRatio}");
        Assert.Equal(options.Pairs, deep.Histogram.Sum());
        // Entangling capability of deep layers approaches the Haar mean (2³ − 2)/(2³ + 1).
        Assert.InRange(deep.EntanglingCapability, 6 / 9.0 - 5 * deep.EntanglingStandardError, 6 / 9.0 + 5 * deep.EntanglingStandardError);
    }

    private static double[] ArcsineMasses(int bins) =>
        [.. Enumerable.Range(0, bins).Select(i => 2 / Math.PI * (Math.Asin(Math.Sqrt((i + 1.0) / bins)) - Math.Asin(Math.Sqrt((double)i / bins))))];

    private static double ArcsineDivergence(int bins) => ArcsineMasses(bins).Sum(p => p * Math.Log(bins * p));
}
