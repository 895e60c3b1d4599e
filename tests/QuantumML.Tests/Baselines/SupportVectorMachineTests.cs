using QuantumML.Baselines;
using QuantumML.Data;

namespace QuantumML.Tests.Baselines;

public sealed class SupportVectorMachineTests
{
    [Fact]
    public async Task HandCheckedMaximumMarginOfFourPoints()
    {
        // Negatives A(0,0), B(−1,1); positives C(2,0), D(3,1). The closest pair across the hulls is A–C, so the
        // hard-margin hyperplane is x0 = 1: f(x) = x0 − 1, with support vectors A and C (α = 0.5 each).
        var data = new Dataset("four", [[0.0, 0.0], [-1.0, 1.0], [2.0, 0.0], [3.0, 1.0]], [0, 0, 1, 1], ["-", "+"], ["x0", "x1"]);
        var model = new SupportVectorMachine(new SupportVectorMachineOptions { Kernel = SvmKernel.Linear, C = 1000, Tolerance = 1e-9 });
        await model.FitAsync(data);
        var machine = Assert.Single(model.Machines);
        Assert.True(machine.Converged);
        Assert.Equal([0, 2], machine.SupportVectors);
        Assert.Equal(-0.5, machine.Coefficients[0], 6);
        Assert.Equal(0.5, machine.Coefficients[2], 6);
        Assert.Equal(-1, machine.Bias, 6);
        var decisions = model.Decision([[0, 0], [-1, 1], [2, 0], [3, 1], [1, 7]]).Select(r => r[0]).ToArray();
        double[] expected = [-1, -2, 1, 2, 0];
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], decisions[i], 6);
    }

    [Fact]
    public async Task HandCheckedRbfMachineOfTwoPoints()
    {
        // x₁ = 0 (class 0), x₂ = 1 (class 1), k(x, y) = exp(−(x − y)²). Hard margin: f(x₁) = −1, f(x₂) = 1 with
        // α₁ = α₂ = α gives b = 0 and α = 1/(1 − e⁻¹); f(x) = α(k(x, 1) − k(x, 0)).
        var data = new Dataset("two", [[0.0], [1.0]], [0, 1], ["-", "+"], ["x"]);
        var model = new SupportVectorMachine(new SupportVectorMachineOptions { Kernel = SvmKernel.Rbf(1.0), C = 100, Tolerance = 1e-10 });
        await model.FitAsync(data);
        var alpha = 1 / (1 - Math.Exp(-1));
        var machine = Assert.Single(model.Machines);
        Assert.Equal(0.0, machine.Bias, 6);
        Assert.Equal(alpha, Math.Abs(machine.Coefficients[0]), 6);
        Assert.Equal(alpha, Math.Abs(machine.Coefficients[1]), 6);
        double[] xs = [0, 1, 0.5, 2, -1];
        var decisions = model.Decision(xs.Select(x => new[] { x }).ToArray()).Select(r => r[0]).ToArray();
        for (var i = 0; i < xs.Length; i++)
            Assert.Equal(alpha * (Math.Exp(-Math.Pow(xs[i] - 1, 2)) - Math.Exp(-Math.Pow(xs[i], 2))), decisions[i], 6);
    }

    [Fact]
    public async Task LinearKernelSeparatesALinearlySeparableProblem()
    {
        var data = BaselineFixtures.Separable();
        var model = new SupportVectorMachine(new SupportVectorMachineOptions { Kernel = SvmKernel.Linear });
        await model.FitAsync(data);
        Assert.Equal(1.0, await BaselineFixtures.AccuracyAsync(model, data));
        Assert.Equal("svm-linear", model.Name);
    }

    [Fact]
    public async Task RbfSolvesXorAndCircles()
    {
        // XOR's boundary is the axes, which a Gaussian kernel bends only with a small margin penalty, hence the larger C;
        // noise would move points across the axes (label noise), so XOR is drawn without it.
        foreach (var (train, test, c) in new[]
        {
            (SyntheticData.Xor(200, 0, new Random(1)), SyntheticData.Xor(200, 0, new Random(2)), 100.0),
            (SyntheticData.Circles(200, 0.05, 0.5, new Random(1)), SyntheticData.Circles(200, 0.05, 0.5, new Random(2)), 10.0),
        })
        {
            var model = new SupportVectorMachine(new SupportVectorMachineOptions { C = c });
            await model.FitAsync(train);
            var accuracy = await BaselineFixtures.AccuracyAsync(model, test);
            Assert.True(accuracy > 0.95, $"{train.Name}: {accuracy}");
            Assert.All(model.Machines, m => Assert.True(m.Converged));
        }
    }

    [Fact]
    public async Task TheSolutionSatisfiesTheKktConditions()
    {
        // Overlapping classes, so all three kinds of sample occur: α = 0 outside the margin (y·f ≥ 1), 0 < α < C on it
        // (y·f = 1), α = C inside it (y·f ≤ 1). The tolerance bounds each violation.
        const double c = 0.5;
        var data = SyntheticData.Moons(150, 0.25, new Random(11));
        var model = new SupportVectorMachine(new SupportVectorMachineOptions { C = c, Tolerance = 1e-6 });
        await model.FitAsync(data);
        var machine = Assert.Single(model.Machines);
        Assert.True(machine.Converged);
        Assert.Equal(0, machine.Coefficients.Sum(), 9);   // yᵀα = 0
        var f = model.Decision(data.Features);
        int free = 0, bounded = 0;
        for (var i = 0; i < data.Count; i++)
        {
            var y = data.Labels[i] == 1 ? 1 : -1;
            var alpha = machine.Coefficients[i] * y;
            var margin = y * f[i][0];
            Assert.InRange(alpha, 0, c);
            if (alpha == 0) Assert.True(margin >= 1 - 1e-5, $"sample {i}: α = 0 but y·f = {margin}");
            else if (alpha >= c) { bounded++; Assert.True(margin <= 1 + 1e-5, $"sample {i}: α = C but y·f = {margin}"); }
            else { free++; Assert.Equal(1, margin, 4); }
        }
        Assert.True(free > 0 && bounded > 0, $"{free} free and {bounded} bounded support vectors");
    }

    [Fact]
    public async Task PolynomialKernelSolvesCircles()
    {
        var data = SyntheticData.Circles(200, 0.05, 0.5, new Random(3));
        var model = new SupportVectorMachine(new SupportVectorMachineOptions { Kernel = SvmKernel.Polynomial(2, coef0: 1), C = 10 });
        await model.FitAsync(data);
        Assert.True(await BaselineFixtures.AccuracyAsync(model, data) > 0.95);
    }

    [Fact]
    public async Task PrecomputedGramMatrixGivesTheSameModelAsTheKernel()
    {
        var train = SyntheticData.Blobs(90, 3, 2, 2.5, new Random(5));
        var test = SyntheticData.Blobs(30, 3, 2, 2.5, new Random(5));
        const double gamma = 0.3;
        var options = new SupportVectorMachineOptions { Kernel = SvmKernel.Rbf(gamma) };
        var direct = new SupportVectorMachine(options);
        await direct.FitAsync(train);

        static double Rbf(double[] a, double[] b) => Math.Exp(-gamma * a.Zip(b).Sum(p => (p.First - p.Second) * (p.First - p.Second)));
        var n = train.Count;
        var gram = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) gram[i, j] = Rbf(train.Features[i], train.Features[j]);
        var rows = test.Features.Select(t => train.Features.Select(x => Rbf(x, t)).ToArray()).ToArray();
        var precomputed = new SupportVectorMachine(options);
        precomputed.FitPrecomputed(gram, train.Labels, train.ClassCount);

        var expected = direct.Decision(test.Features);
        var actual = precomputed.DecisionFromKernelRows(rows);
        for (var s = 0; s < expected.Length; s++)
            for (var c = 0; c < 3; c++) Assert.Equal(expected[s][c], actual[s][c], 9);
        Assert.Equal(await direct.PredictProbabilitiesAsync(test.Features), precomputed.ProbabilitiesFromKernelRows(rows));
        await Assert.ThrowsAsync<InvalidOperationException>(() => precomputed.PredictProbabilitiesAsync(test.Features));
    }

    [Fact]
    public async Task CustomKernelDelegateIsUsed()
    {
        var data = SyntheticData.Xor(100, 0, new Random(8));
        var calls = 0;
        var model = new SupportVectorMachine(new SupportVectorMachineOptions
        {
            Kernel = SvmKernel.Custom((a, b) => { calls++; return Math.Exp(-2 * ((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]))); }, "mine"),
            C = 10,
        });
        await model.FitAsync(data);
        Assert.Equal("svm-mine", model.Name);
        Assert.Equal(100 * 101 / 2, calls);
        Assert.True(await BaselineFixtures.AccuracyAsync(model, data) > 0.95);
    }

    [Fact]
    public async Task MulticlassProbabilitiesSumToOneAndFollowTheDecision()
    {
        var data = SyntheticData.Blobs(90, 3, 2, 1.0, new Random(6));
        var model = new SupportVectorMachine();
        await model.FitAsync(data);
        Assert.Equal(3, model.Machines.Count);
        var probabilities = await model.PredictProbabilitiesAsync(data.Features);
        BaselineFixtures.AssertProbabilityRows(probabilities, 3);
        var decisions = model.Decision(data.Features);
        for (var i = 0; i < data.Count; i++)
            Assert.Equal(QuantumML.Models.ClassifierExtensions.ArgMax(decisions[i]), QuantumML.Models.ClassifierExtensions.ArgMax(probabilities[i]));
    }

    [Theory]
    [InlineData("iris.csv")]
    [InlineData("breast_cancer.csv")]
    public async Task RbfReachesTheExpectedTestAccuracyOnRealData(string file)
    {
        var (train, test) = BaselineFixtures.StandardizedSplit(file);
        var model = new SupportVectorMachine();
        await model.FitAsync(train);
        Assert.True(await BaselineFixtures.AccuracyAsync(model, test) >= 0.93);
    }

    [Fact]
    public void GammaScaleFollowsScikitLearn()
    {
        // Values 0, 2, 4, 6: variance 5, two features → 1/10.
        Assert.Equal(0.1, SvmKernel.ScaleGamma([[0, 2], [4, 6]]), 12);
    }
}
