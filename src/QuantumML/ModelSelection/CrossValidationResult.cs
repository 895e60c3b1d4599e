namespace QuantumML.ModelSelection;

/// <summary>What cross-validating one configuration gave and cost.</summary>
/// <param name="FoldAccuracies">Accuracy on each held-out fold, in fold order.</param>
/// <param name="Mean">Mean of the fold accuracies.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1 denominator) of the fold accuracies.</param>
/// <param name="CircuitEvaluations">Quantum circuits evaluated by all the fold fits (0 for classical models).</param>
/// <param name="QSharpRuns">Q# runs made by all the fold fits.</param>
/// <param name="Seconds">Wall time of all the fold fits and predictions.</param>
public sealed record CrossValidationResult(IReadOnlyList<double> FoldAccuracies, double Mean, double StandardDeviation, long CircuitEvaluations, long QSharpRuns, double Seconds);
