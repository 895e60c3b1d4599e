namespace QuantumML.Optimization;

/// <summary>Stochastic gradient descent with (heavy-ball) momentum: v ← μv − αg, x ← x + v.</summary>
/// <param name="steps">Parameter updates.</param>
/// <param name="learningRate">Step size α; range α &gt; 0.</param>
/// <param name="momentum">Momentum μ; range [0, 1). Zero gives plain SGD.</param>
public sealed class SgdMomentum(int steps, double learningRate = 0.1, double momentum = 0.9) : StepOptimizer(steps, learningRate)
{
    private double[] _velocity = [];


    /// <inheritdoc/>
    protected override void Reset(int dimension) => _velocity = new double[dimension];

    /// <inheritdoc/>
    protected override IReadOnlyList<double[]> Moments => [_velocity];

    /// <inheritdoc/>
    protected override void Apply(double[] x, double[] gradient, int t)
    {
        for (var i = 0; i < x.Length; i++)
        {
            _velocity[i] = momentum * _velocity[i] - LearningRate * gradient[i];
            x[i] += _velocity[i];
        }
    }
}
