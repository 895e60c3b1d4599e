namespace QuantumML.Models;

/// <summary>Training losses over class logits.</summary>
public enum LossKind
{
    /// <summary>Softmax cross-entropy: −log p_y.</summary>
    CrossEntropy,

    /// <summary>Multiclass hinge (Crammer-Singer): max(0, 1 + max_{k≠y} z_k − z_y).</summary>
    Hinge,

    /// <summary>Squared error between softmax probabilities and the one-hot label.</summary>
    SquaredError,
}

/// <summary>Loss values and their gradients with respect to the logits.</summary>
public static class Loss
{
    /// <summary>Softmax of <paramref name="logits"/>, computed stably.</summary>
    public static double[] Softmax(double[] logits)
    {
        var max = logits.Max();
        var e = logits.Select(z => Math.Exp(z - max)).ToArray();
        var sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    /// <summary>The loss of one sample with label <paramref name="label"/>, and ∂loss/∂logits.</summary>
    public static (double Value, double[] Gradient) Evaluate(LossKind kind, double[] logits, int label)
    {
        var p = Softmax(logits);
        var k = logits.Length;
        switch (kind)
        {
            case LossKind.CrossEntropy:
                {
                    var grad = p.ToArray();
                    grad[label] -= 1;
                    return (-Math.Log(Math.Max(p[label], 1e-15)), grad);
                }
            case LossKind.Hinge:
                {
                    var rival = Enumerable.Range(0, k).Where(j => j != label).MaxBy(j => logits[j]);
                    var margin = 1 + logits[rival] - logits[label];
                    var grad = new double[k];
                    if (margin > 0)
                    {
                        grad[rival] = 1;
                        grad[label] = -1;
                    }
                    return (Math.Max(0, margin), grad);
                }
            case LossKind.SquaredError:
                {
                    var dp = p.Select((v, j) => 2 * (v - (j == label ? 1 : 0))).ToArray();
                    var dot = dp.Select((v, j) => v * p[j]).Sum();
                    var grad = p.Select((v, j) => v * (dp[j] - dot)).ToArray();
                    return (p.Select((v, j) => Math.Pow(v - (j == label ? 1 : 0), 2)).Sum(), grad);
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }
}
