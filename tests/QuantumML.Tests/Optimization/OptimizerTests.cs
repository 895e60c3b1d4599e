using QuantumML.Optimization;

namespace QuantumML.Tests.Optimization;

public sealed class OptimizerTests
{
    // f(x) = Σ (i+1)(x_i − 1)², minimum 0 at (1, …, 1).
    private static ObjectiveValue Quadratic(double[] x) => new(
        x.Select((v, i) => (i + 1) * (v - 1) * (v - 1)).Sum(),
        x.Select((v, i) => 2 * (i + 1) * (v - 1)).ToArray());

    private static ObjectiveValue Rosenbrock(double[] x) => new(
        100 * Math.Pow(x[1] - x[0] * x[0], 2) + Math.Pow(1 - x[0], 2),
        [-400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0]), 200 * (x[1] - x[0] * x[0])]);

    public static TheoryData<string> FirstOrder => new() { "adam", "sgd", "rmsprop" };

    [Theory]
    [MemberData(nameof(FirstOrder))]
    public void FirstOrderOptimizersMinimizeAQuadratic(string name)
    {
        IOptimizer optimizer = name switch
        {
            "adam" => new Adam(2000, 0.05),
            "sgd" => new SgdMomentum(2000, 0.02, 0.9),
            _ => new RmsProp(2000, 0.01),
        };
        var result = optimizer.Minimize(Quadratic, [0.0, 3.0, -2.0]);
        Assert.All(result.Minimizer, v => Assert.Equal(1.0, v, 2));
    }

    [Fact]
    public void LbfgsAndNelderMeadSolveRosenbrock()
    {
        var lbfgs = new LBfgs(500).Minimize(Rosenbrock, [-1.2, 1.0]);
        var simplex = new NelderMead(5000, 1e-12).Minimize(Rosenbrock, [-1.2, 1.0]);
        Assert.Equal(1.0, lbfgs.Minimizer[0], 4);
        Assert.Equal(1.0, lbfgs.Minimizer[1], 4);
        Assert.Equal(1.0, simplex.Minimizer[0], 3);
        Assert.Equal(1.0, simplex.Minimizer[1], 3);
    }

    [Fact]
    public void LbfgsOutOfIterationsReturnsTheBestPointSeen()
    {
        var result = new LBfgs(2).Minimize(Rosenbrock, [-1.2, 1.0]);
        Assert.Equal(ExitReason.ExceededIterations, result.Reason);
        Assert.True(result.Value < Rosenbrock([-1.2, 1.0]).Value);
    }

    [Fact]
    public void SpsaReducesAQuadraticUsingValuesOnly()
    {
        var calls = 0;
        var result = new SpsaOptimizer(400, new Random(5), a: 0.1, c: 0.05).Minimize(x =>
        {
            calls++;
            return Quadratic(x) with { Gradient = null };
        }, [0.0, 3.0, -2.0]);
        Assert.Equal(800, calls);
        Assert.True(Quadratic(result.Minimizer).Value < 0.01 * Quadratic([0.0, 3.0, -2.0]).Value);
    }
}
