using System.Text.Json.Serialization;

namespace QuantumML.Models;

/// <summary>What training cost and how it went.</summary>
/// <param name="Epochs">Training history, one entry per epoch (empty for models trained in one step).</param>
/// <param name="CircuitEvaluations">Quantum circuits evaluated during training (0 for classical models).</param>
/// <param name="QSharpRuns">Q# runs made during training (each compiles the project once).</param>
public sealed record FitReport(IReadOnlyList<EpochRecord> Epochs, long CircuitEvaluations = 0, long QSharpRuns = 0)
{
    /// <summary>A report with no history and no quantum cost.</summary>
    public static FitReport Classical { get; } = new([]);
}

/// <summary>One epoch of training.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="Loss">Mean training loss over the epoch.</param>
/// <param name="TrainAccuracy">Training accuracy at the end of the epoch, or NaN when not measured.</param>
public sealed record EpochRecord(int Epoch, double Loss, double TrainAccuracy)
{
    /// <summary>Accuracy on held-out items at the end of the epoch, for models that measure it (the GCN's unlabelled nodes); else null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? TestAccuracy { get; init; }
}
