using QuantumML.Optimization;
using QuantumML.Variational;

namespace QuantumML.Qaoa;

/// <summary>How to run QAOA.</summary>
/// <param name="Layers">The largest depth p; range ≥ 1.</param>
/// <param name="Optimizer">Minimizes the expected cost over the angles.</param>
/// <param name="Gradient">How to differentiate: γ drives many gates, so the adjoint method (compiled engine), finite
/// differences, or none for derivative-free optimizers.</param>
/// <param name="Interpolate">Optimize depths 1, 2, …, p in turn, each starting from the INTERP extension of the
/// previous one (and report every depth); otherwise only depth p, from a linear ramp.</param>
/// <param name="Restarts">Extra seeded random starts per depth besides the deterministic one; the best is kept.</param>
/// <param name="SampleShots">Bitstrings sampled from each final state, to report the best one seen.</param>
public sealed record QaoaOptions(int Layers, IOptimizer Optimizer, GradientKind Gradient = GradientKind.FiniteDifference, bool Interpolate = true, int Restarts = 0, int SampleShots = 1000);
