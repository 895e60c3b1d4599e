namespace QuantumML.Training;

/// <summary>FedProx's proximal term (μ/2)·‖x − center‖², added to a client's loss to keep its local training near the
/// global parameters (Li et al., "Federated Optimization in Heterogeneous Networks", MLSys 2020).</summary>
/// <param name="Center">The global parameters the client started from.</param>
/// <param name="Mu">The strength μ; range ≥ 0 (0 is FedAvg).</param>
public sealed record ProximalTerm(double[] Center, double Mu)
{
    /// <summary>Adds the term's value to <paramref name="loss"/> and its gradient μ(x − center) to <paramref name="gradient"/>.</summary>
    public double Apply(double[] x, double loss, double[] gradient)
    {
        if (Mu == 0) return loss;
        var squares = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var d = x[i] - Center[i];
            squares += d * d;
            gradient[i] += Mu * d;
        }
        return loss + Mu / 2 * squares;
    }
}
