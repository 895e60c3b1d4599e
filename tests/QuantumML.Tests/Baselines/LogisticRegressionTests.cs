using QuantumML.Baselines;
using QuantumML.Data;

namespace QuantumML.Tests.Baselines;

public sealed class LogisticRegressionTests
{
    [Fact]
    public async Task SeparatesALinearlySeparableProblem()
    {
        var data = BaselineFixtures.Separable();
        var model = new LogisticRegression();
        await model.FitAsync(data);
        Assert.Equal(1.0, await BaselineFixtures.AccuracyAsync(model, data));
        BaselineFixtures.AssertProbabilityRows(await model.PredictProbabilitiesAsync(data.Features), 2);
        Assert.False(model.IsQuantum);
    }

    [Fact]
    public async Task MatchesTheClosedFormOptimumOfASymmetricProblem()
    {
        // Points −1 (class 0) and +1 (class 1): by symmetry b0 = b1 and w1 = −w0 = w, so p1(x) = σ(2wx); the optimum of
        // −log σ(2w) + (λ/2)(2w²) satisfies 2(1 − σ(2w)) = 2λw.
        var data = new Dataset("toy", [[-1.0], [1.0]], [0, 1], ["a", "b"], ["x"]);
        var model = new LogisticRegression(new LogisticRegressionOptions { L2 = 0.1 });
        await model.FitAsync(data);
        var p = (await model.PredictProbabilitiesAsync([[1.0]]))[0][1];
        var w = Math.Log(p / (1 - p)) / 2;
        Assert.Equal(1 - p, 0.1 * w, 6);
    }

    [Theory]
    [InlineData("iris.csv")]
    [InlineData("breast_cancer.csv")]
    public async Task ReachesTheExpectedTestAccuracyOnRealData(string file)
    {
        var (train, test) = BaselineFixtures.StandardizedSplit(file);
        var model = new LogisticRegression();
        await model.FitAsync(train);
        Assert.True(await BaselineFixtures.AccuracyAsync(model, test) >= 0.93);
    }
}
