namespace QuantumML.Combinatorial.Problems;

/// <summary>A pairwise term <c>Value · z_I · z_J</c> of an Ising or QUBO model (spins or bits); stored with I &lt; J.</summary>
/// <param name="I">The first variable (0-based).</param>
/// <param name="J">The second variable (0-based).</param>
/// <param name="Value">The coefficient.</param>
public readonly record struct Coupling(int I, int J, double Value);
