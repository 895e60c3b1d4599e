namespace QuantumML.Experiments.Results;

/// <summary>A trained model's loss on a grid of the plane of its training path's two principal directions, with the path.</summary>
/// <param name="Alphas">Grid coordinates along the first direction, ascending.</param>
/// <param name="Betas">Grid coordinates along the second direction, ascending.</param>
/// <param name="Loss">Loss[b][a] at the trained parameters + Alphas[a]·first + Betas[b]·second.</param>
/// <param name="PathAlpha">Each training step's coordinate along the first direction (the last is 0: the trained point).</param>
/// <param name="PathBeta">Each training step's coordinate along the second direction.</param>
/// <param name="ExplainedVariance">The fraction of the path's variance along each direction.</param>
public sealed record LossGridRecord(double[] Alphas, double[] Betas, double[][] Loss, double[] PathAlpha, double[] PathBeta, double[] ExplainedVariance);
