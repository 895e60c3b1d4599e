using QuantumML.Quantum;

namespace QuantumML.Models;

/// <summary>A trained quantum model whose circuits can be run again in another execution mode, e.g. measured under
/// noise, without retraining: the basis of noise studies.</summary>
public interface IRemeasurable
{
    /// <summary>Class probabilities for <paramref name="features"/>, with the circuits run in <paramref name="mode"/>.</summary>
    Task<double[][]> PredictProbabilitiesAsync(double[][] features, ExecutionMode mode, int seed, CancellationToken cancellationToken = default);
}
