using QuantumML.Data;

namespace QuantumML.Models;

/// <summary>The one interface of every model, quantum or classical, so that comparisons are uniform.</summary>
public interface IClassifier
{
    /// <summary>A short name for reports, such as "vqc" or "svm-rbf".</summary>
    string Name { get; }

    /// <summary>Whether the model runs quantum circuits.</summary>
    bool IsQuantum { get; }

    /// <summary>Trains on <paramref name="train"/>; the report carries the training history and costs.</summary>
    Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default);

    /// <summary>Class probabilities, one row per sample, one column per class (rows sum to 1).</summary>
    Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default);
}
