namespace QuantumML.Vqe;

/// <summary>One depth of a layer-wise growth.</summary>
/// <param name="Layers">The depth.</param>
/// <param name="StartEnergy">The exact energy at this depth's first start: at depth l + 1, depth l's optimum padded with
/// zeros, equal to depth l's energy when the new layer leaves the state unchanged.</param>
/// <param name="Result">The (multi-start) minimization at this depth.</param>
public sealed record GrowthStep(int Layers, double StartEnergy, MultiStartResult Result);
