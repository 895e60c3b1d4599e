using QuantumML.Models;
using QuantumML.Optimization;

namespace QuantumML.Training;

/// <summary>Everything needed to continue a training after <paramref name="Epoch"/> as if it had never stopped.</summary>
/// <param name="Model">The model's name, checked on resume.</param>
/// <param name="Epoch">The last completed epoch.</param>
/// <param name="Parameters">The parameters after that epoch.</param>
/// <param name="Optimizer">The optimizer's moments and step count.</param>
/// <param name="History">The epochs so far.</param>
/// <param name="EarlyStopping">Early stopping's state, when it is on.</param>
/// <param name="Cost">What training had cost up to then (circuits, Q# runs), so that a resumed training reports the
/// totals of one that never stopped; null for a classical model, or a checkpoint written before costs were kept.</param>
public sealed record TrainingCheckpoint(string Model, int Epoch, double[] Parameters, OptimizerState Optimizer,
    IReadOnlyList<EpochRecord> History, EarlyStoppingState? EarlyStopping, TrainingCost? Cost = null);
