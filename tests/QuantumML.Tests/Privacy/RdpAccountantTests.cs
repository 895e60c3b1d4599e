using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using QuantumML.Privacy;

namespace QuantumML.Tests.Privacy;

public sealed class RdpAccountantTests
{
    // The orders TensorFlow Privacy's compute_dp_sgd_privacy used in 2019 (and Opacus's DEFAULT_ALPHAS): 1.1..10.9, 12..63.
    private static readonly double[] OrdersOf2019 =
        [.. Enumerable.Range(1, 99).Select(x => 1 + x / 10.0), .. Enumerable.Range(12, 52).Select(x => (double)x)];

    // The orders of TensorFlow Privacy's compute_dp_sgd_privacy_lib.py since 2020.
    private static readonly double[] OrdersOfTfPrivacy =
        [1.25, 1.5, 1.75, 2, 2.25, 2.5, 3, 3.5, 4, 4.5, .. Enumerable.Range(5, 59).Select(x => (double)x), 128, 256, 512];

    /// <summary>DP-SGD on MNIST as TensorFlow Privacy's compute_dp_sgd_privacy counts it: q = batch/N, ⌈epochs·N/batch⌉ steps.</summary>
    private static PrivacySpent MnistEpsilon(int batch, double z, double epochs, double delta, RdpConversion conversion, double[] orders, int n = 60000) =>
        RdpAccountant.EpsilonOf((double)batch / n, z, (long)Math.Ceiling(epochs * n / batch), delta, conversion, orders);

    // tensorflow/privacy tutorials/README.md (2019, commit d435fcb): "compute_dp_sgd_privacy.py --N=60000 --batch_size=256
    // --noise_multiplier=1.1 --epochs=60 --delta=1e-5 ... satisfies differential privacy with eps = 3.01", and its table:
    // noise 1.3 for 15 epochs eps 1.19, noise 0.7 for 45 epochs eps 7.10 (the standard conversion of the time).
    // The later README (commit 047e1ee) table: noise 1.12 / 60 epochs 2.92, 0.6 / 30 epochs 9.74, 1.2 / 10 epochs 1.20.
    [Theory]
    [InlineData(1.1, 60, 3.01)]
    [InlineData(1.3, 15, 1.19)]
    [InlineData(0.7, 45, 7.10)]
    [InlineData(1.12, 60, 2.92)]
    [InlineData(0.6, 30, 9.74)]
    [InlineData(1.2, 10, 1.20)]
    public void TheTensorFlowPrivacyMnistTutorialsEpsilonsAreReproducedWithTheStandardConversion(double z, double epochs, double published)
    {
        var spent = MnistEpsilon(256, z, epochs, 1e-5, RdpConversion.Standard, OrdersOf2019);
        Assert.InRange(spent.Epsilon, published * 0.98, published * 1.02);
    }

    // tensorflow/privacy tensorflow_privacy/privacy/analysis/compute_dp_sgd_privacy_test.py (improved conversion):
    // ('Test0', 60000, 150, 1.3, 15, 1e-5, 0.7242234026109595, 19.0), ('Test1', 100000, 100, 1.0, 30, 1e-7, 1.4154988495444842, 13.0).
    [Theory]
    [InlineData(60000, 150, 1.3, 15, 1e-5, 0.7242234026109595, 19.0)]
    [InlineData(100000, 100, 1.0, 30, 1e-7, 1.4154988495444842, 13.0)]
    public void TheTensorFlowPrivacyTestExpectationsAreReproducedWithTheImprovedConversion(int n, int batch, double z, double epochs, double delta, double published, double order)
    {
        var spent = MnistEpsilon(batch, z, epochs, delta, RdpConversion.Improved, OrdersOfTfPrivacy, n);
        Assert.InRange(spent.Epsilon, published * 0.98, published * 1.02);
        Assert.Equal(published, spent.Epsilon, 1e-9);   // written from the papers, the same numbers to 1e-9
        Assert.Equal(order, spent.Order);
    }

    // pytorch/opacus opacus/tests/accountants_test.py: test_rdp_accountant, noise 1.5, sample rate 0.04, int(90/0.04) steps,
    // delta 1e-5 -> epsilon 7.32911117143 (DEFAULT_ALPHAS, improved conversion).
    [Fact]
    public void TheOpacusAccountantTestIsReproduced()
    {
        var spent = RdpAccountant.EpsilonOf(0.04, 1.5, 2250, 1e-5, RdpConversion.Improved, OrdersOf2019);
        Assert.InRange(spent.Epsilon, 7.32911117143 * 0.98, 7.32911117143 * 1.02);
        Assert.Equal(7.32911117143, spent.Epsilon, 1e-9);
    }

    // pytorch/opacus opacus/tests/accountants_test.py: get_noise_multiplier(target_epsilon=8, target_delta=1e-5,
    // sample_rate=0.04) is 1.416 over 90 epochs (2250 steps) and 1.3562 over 2000 steps.
    [Theory]
    [InlineData(2250, 1.416)]
    [InlineData(2000, 1.3562)]
    public void TheOpacusNoiseMultipliersForATargetEpsilonAreReproduced(int steps, double published)
    {
        var z = NoiseCalibration.NoiseMultiplierFor(8, 1e-5, 0.04, steps, orders: OrdersOf2019);
        Assert.InRange(z, published * 0.98, published * 1.02);
        Assert.True(RdpAccountant.EpsilonOf(0.04, z, steps, 1e-5, orders: OrdersOf2019).Epsilon <= 8);
        Assert.True(RdpAccountant.EpsilonOf(0.04, z * 0.999, steps, 1e-5, orders: OrdersOf2019).Epsilon > 8);
    }

    // tensorflow/privacy tensorflow_privacy/privacy/analysis/rdp_accountant_test.py: compute_rdp(0.1, 2, 10, 5) = 0.07737 and
    // compute_rdp(0.01, 2.5, 50, [1.5, 2.5, 5, 50, 100]) = [0.00065, 0.001085, 0.00218075, 0.023846, 167.416307].
    [Theory]
    [InlineData(0.1, 2.0, 10, 5.0, 0.07737)]
    [InlineData(0.01, 2.5, 50, 1.5, 0.00065)]
    [InlineData(0.01, 2.5, 50, 2.5, 0.001085)]
    [InlineData(0.01, 2.5, 50, 5.0, 0.00218075)]
    [InlineData(0.01, 2.5, 50, 50.0, 0.023846)]
    [InlineData(0.01, 2.5, 50, 100.0, 167.416307)]
    public void ComposedRdpMatchesTensorFlowPrivacysTestValues(double q, double z, int steps, double order, double published)
    {
        var accountant = new RdpAccountant([order]);
        accountant.Compose(q, z, steps);
        Assert.Equal(published, accountant.Rdp[0], Math.Max(1e-5, published * 1e-5));
    }

    [Theory]
    [InlineData(0.1, 1.5, 3.7)]
    [InlineData(0.01, 0.8, 1.3)]
    [InlineData(0.3, 2.0, 7.5)]
    [InlineData(0.05, 1.0, 12.25)]
    public void FractionalOrdersAgreeWithNumericalIntegrationOfTheDefinition(double q, double z, double order)
    {
        // A_α = ∫ μ₀(x) ((1 − q) + q μ₁(x)/μ₀(x))^α dx, with μ₁/μ₀ = e^{(2x − 1)/(2z²)}; the integrand peaks below x = α.
        double Integrand(double x) => Normal.PDF(0, z, x) * Math.Pow(1 - q + q * Math.Exp((2 * x - 1) / (2 * z * z)), order);
        var a = Integrate.OnClosedInterval(Integrand, -30 * z, order + 30 * z, 1e-12);
        Assert.Equal(Math.Log(a) / (order - 1), SampledGaussianRdp.Rdp(q, z, order), 1e-9);
    }

    [Theory]
    [InlineData(0.01, 1.0, 2)]
    [InlineData(0.1, 2.0, 5)]
    [InlineData(0.3, 0.8, 10)]
    [InlineData(1e-4, 0.5, 30)]
    public void TheFractionalSeriesMeetsTheIntegerSumAtWholeOrders(double q, double z, int order)
    {
        var whole = SampledGaussianRdp.Rdp(q, z, order);
        Assert.Equal(whole, SampledGaussianRdp.Rdp(q, z, order + 1e-9), whole * 1e-6);
        Assert.Equal(whole, SampledGaussianRdp.Rdp(q, z, order - 1e-9), whole * 1e-6);
    }

    [Fact]
    public void WithoutSamplingItIsTheGaussianMechanismAndWithoutDataItIsFree()
    {
        Assert.Equal(20 / (2 * 10.0 * 10.0), SampledGaussianRdp.Rdp(1, 10, 20));   // α/(2z²)
        Assert.Equal(0, SampledGaussianRdp.Rdp(0, 10, 20));
        Assert.Equal(double.PositiveInfinity, SampledGaussianRdp.Rdp(0.1, 0, 20));
        // Subsampling amplifies privacy: every order's RDP is below the unsampled mechanism's.
        foreach (var a in RdpAccountant.DefaultOrders)
            Assert.True(SampledGaussianRdp.Rdp(0.2, 1.0, a) < SampledGaussianRdp.Rdp(1, 1.0, a), $"order {a}");
    }

    [Fact]
    public void EpsilonGrowsWithStepsAndSamplingAndFallsWithNoise()
    {
        static double Eps(double q, double z, long steps) => RdpAccountant.EpsilonOf(q, z, steps, 1e-5).Epsilon;
        var bySteps = new long[] { 1, 5, 20, 50, 200, 1000 }.Select(t => Eps(0.5, 1.0, t)).ToArray();
        var byNoise = new[] { 0.5, 0.8, 1.0, 1.5, 2.0, 4.0 }.Select(z => Eps(0.5, z, 30)).ToArray();
        var byRate = new[] { 0.05, 0.1, 0.3, 0.6, 1.0 }.Select(q => Eps(q, 1.0, 30)).ToArray();
        Assert.All(bySteps.Zip(bySteps.Skip(1)), p => Assert.True(p.First < p.Second, $"{p.First} then {p.Second}"));
        Assert.All(byNoise.Zip(byNoise.Skip(1)), p => Assert.True(p.First > p.Second, $"{p.First} then {p.Second}"));
        Assert.All(byRate.Zip(byRate.Skip(1)), p => Assert.True(p.First < p.Second, $"{p.First} then {p.Second}"));
    }

    [Fact]
    public void TheImprovedConversionNeverExceedsTheStandardOneAndDeltaInvertsEpsilon()
    {
        foreach (var (q, z, steps) in new[] { (0.5, 1.0, 30L), (0.01, 1.1, 10_000L), (1.0, 3.0, 5L) })
        {
            var accountant = new RdpAccountant();
            accountant.Compose(q, z, steps);
            foreach (var conversion in new[] { RdpConversion.Standard, RdpConversion.Improved })
            {
                var spent = accountant.Epsilon(1e-5, conversion);
                var back = accountant.Delta(spent.Epsilon, conversion);
                Assert.Equal(1e-5, back.Delta, 1e-5 * 1e-9);
                Assert.Equal(spent.Order, back.Order);
            }
            Assert.True(accountant.Epsilon(1e-5, RdpConversion.Improved).Epsilon < accountant.Epsilon(1e-5, RdpConversion.Standard).Epsilon);
        }
    }

    [Fact]
    public void TheEpsilonCurveIsTheAccountantAfterEachStep()
    {
        var curve = RdpAccountant.EpsilonCurve(0.3, 1.5, 12, 1e-4);
        Assert.Equal(12, curve.Length);
        for (var t = 1; t <= 12; t++) Assert.Equal(RdpAccountant.EpsilonOf(0.3, 1.5, t, 1e-4).Epsilon, curve[t - 1], 1e-12);
    }

    [Fact]
    public void CompositionAddsUpAcrossCalls()
    {
        var split = new RdpAccountant();
        split.Compose(0.2, 1.3, 40);
        split.Compose(0.2, 1.3, 60);
        var whole = new RdpAccountant();
        whole.Compose(0.2, 1.3, 100);
        Assert.All(split.Rdp.Zip(whole.Rdp), p => Assert.Equal(p.Second, p.First, p.Second * 1e-12));
    }

    [Fact]
    public void BadArgumentsAreRefusedByName()
    {
        Assert.Equal("samplingRate", Assert.Throws<ArgumentOutOfRangeException>(() => SampledGaussianRdp.Rdp(1.5, 1, 2)).ParamName);
        Assert.Equal("noiseMultiplier", Assert.Throws<ArgumentOutOfRangeException>(() => SampledGaussianRdp.Rdp(0.5, -1, 2)).ParamName);
        Assert.Equal("order", Assert.Throws<ArgumentOutOfRangeException>(() => SampledGaussianRdp.Rdp(0.5, 1, 1)).ParamName);
        Assert.Equal("delta", Assert.Throws<ArgumentOutOfRangeException>(() => new RdpAccountant().Epsilon(0)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RdpAccountant([0.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NoiseCalibration.NoiseMultiplierFor(-1, 1e-5, 0.1, 10));
    }
}
