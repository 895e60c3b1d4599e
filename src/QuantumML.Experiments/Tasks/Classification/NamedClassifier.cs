using QuantumML.Data;
using QuantumML.Models;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>A model under the name the spec gives it, with what the experiment does around it.</summary>
/// <param name="name">The model's name in the spec.</param>
/// <param name="inner">The model.</param>
public sealed class NamedClassifier(string name, IClassifier inner) : IClassifier
{
    /// <inheritdoc/>
    public string Name => name;

    /// <summary>Noise levels at which the trained model's test predictions are measured again, or null.</summary>
    public IReadOnlyList<QuantumML.Quantum.NoiseLevel>? NoiseSweep { get; init; }

    /// <summary>How the model is trained federated, or null for centralized training.</summary>
    public FederatedSpec? Federated { get; init; }

    /// <summary>Example-level DP-SGD in place of the model's own training, or null.</summary>
    public QuantumML.Privacy.DpSgdOptions? DpSgd { get; init; }

    /// <summary>Shots per circuit evaluation in training: the model's shots in the sampling modes, 0 in exact mode (and for
    /// classical models).</summary>
    public int ShotsPerCircuit { get; init; }

    /// <summary>The model's shot count, with which a noise study measures its test predictions.</summary>
    public int Shots { get; init; }

    /// <inheritdoc/>
    public bool IsQuantum => inner.IsQuantum;

    /// <summary>The model itself.</summary>
    public IClassifier Inner => inner;

    /// <inheritdoc/>
    public Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default) => inner.FitAsync(train, cancellationToken);

    /// <inheritdoc/>
    public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default) =>
        inner.PredictProbabilitiesAsync(features, cancellationToken);
}
