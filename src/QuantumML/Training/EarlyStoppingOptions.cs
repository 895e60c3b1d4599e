namespace QuantumML.Training;

/// <summary>Stop training when the validation loss stops improving (Keras' and scikit-learn's rule).</summary>
/// <param name="Patience">Epochs without improvement tolerated before stopping; range ≥ 1.</param>
/// <param name="MinDelta">The decrease of the validation loss that counts as an improvement; range ≥ 0.</param>
/// <param name="ValidationFraction">The part of the training split held out, stratified and seeded, to validate on; range (0, 0.5].</param>
/// <param name="RestoreBest">Whether training ends with the parameters of the best validation epoch instead of the last.</param>
public sealed record EarlyStoppingOptions(int Patience = 5, double MinDelta = 0, double ValidationFraction = 0.2, bool RestoreBest = true);
