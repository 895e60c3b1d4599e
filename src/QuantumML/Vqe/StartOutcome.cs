using QuantumML.Variational;

namespace QuantumML.Vqe;

/// <summary>Where one start of a multi-start VQE got.</summary>
/// <param name="Index">The start's position in the list of starts.</param>
/// <param name="Initial">Its initial parameters.</param>
/// <param name="Result">The minimization from there; <see cref="VariationalResult.Energy"/> is exact.</param>
/// <param name="ReachedTarget">Whether its final energy is within the tolerance of the target (false without a target).</param>
public sealed record StartOutcome(int Index, double[] Initial, VariationalResult Result, bool ReachedTarget);
