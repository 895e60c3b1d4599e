namespace QuantumML.Optimization;

/// <summary>RMSprop: steps scaled by a running root mean square of recent gradients.</summary>
/// <remarks>T. Tieleman, G. Hinton, Lecture 6.5, COURSERA: Neural Networks for Machine Learning (2012).</remarks>
/// <param name="steps">Parameter updates.</param>
/// <param name="learningRate">Step size α; range α &gt; 0.</param>
/// <param name="decay">Decay ρ of the squared-gradient average; range [0, 1).</param>
/// <param name="epsilon">Denominator guard.</param>
public sealed class RmsProp(int steps, double learningRate = 0.01, double decay = 0.9, double epsilon = 1e-8) : StepOptimizer(steps, learningRate)
{
    private double[] _meanSquare = [];


    /// <inheritdoc/>
    protected override void Reset(int dimension) => _meanSquare = new double[dimension];

    /// <inheritdoc/>
    protected override IReadOnlyList<double[]> Moments => [_meanSquare];

    /// <inheritdoc/>
    protected override void Apply(double[] x, double[] gradient, int t)
    {
        for (var i = 0; i < x.Length; i++)
        {
            _meanSquare[i] = decay * _meanSquare[i] + (1 - decay) * gradient[i] * gradient[i];
            x[i] -= LearningRate * gradient[i] / (Math.Sqrt(_meanSquare[i]) + epsilon);
        }
    }
}
