namespace QuantumML.Optimization;

/// <summary>SPSA: descends along a random ±1 direction using two objective values per step, with Spall's
/// decaying gains a_k = a/(k + 1 + A)^0.602 and c_k = c/(k + 1)^0.101.</summary>
/// <remarks>J. C. Spall, "Implementation of the simultaneous perturbation algorithm for stochastic
/// optimization", IEEE Trans. Aerospace and Electronic Systems 34, 817 (1998).</remarks>
/// <param name="steps">Iterations (each costs two objective evaluations).</param>
/// <param name="random">Seeded source of the perturbation directions.</param>
/// <param name="a">Step gain a; range a &gt; 0.</param>
/// <param name="c">Perturbation gain c; range c &gt; 0.</param>
public sealed class SpsaOptimizer(int steps, Random random, double a = 0.2, double c = 0.1) : IOptimizer
{
    /// <inheritdoc/>
    public bool UsesGradient => false;

    /// <inheritdoc/>
    public OptimizationResult Minimize(Func<double[], ObjectiveValue> objective, double[] initial)
    {
        var x = (double[])initial.Clone();
        var stability = 0.1 * steps;
        var last = double.NaN;
        for (var k = 0; k < steps; k++)
        {
            var ak = a / Math.Pow(k + 1 + stability, 0.602);
            var ck = c / Math.Pow(k + 1, 0.101);
            var delta = x.Select(_ => random.Next(2) == 0 ? -1.0 : 1.0).ToArray();
            var plus = objective(x.Select((v, i) => v + ck * delta[i]).ToArray()).Value;
            var minus = objective(x.Select((v, i) => v - ck * delta[i]).ToArray()).Value;
            last = (plus + minus) / 2;
            for (var i = 0; i < x.Length; i++) x[i] -= ak * (plus - minus) / (2 * ck) * delta[i];
        }
        return new OptimizationResult(x, last, steps, ExitReason.ExceededIterations);
    }
}
