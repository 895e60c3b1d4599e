using QuantumML.Variational;

namespace QuantumML.Vqe;

/// <summary>How a layer-wise growth runs.</summary>
/// <param name="MaxLayers">The deepest ansatz to try; range ≥ 1.</param>
/// <param name="Placement">Where the new layer's zero angles go (see <see cref="NewLayerPlacement"/>).</param>
/// <param name="TargetEnergy">The energy aimed at, or null.</param>
/// <param name="Tolerance">How close to the target counts as reaching it.</param>
/// <param name="StopAtTarget">Whether to stop growing once a depth reaches the target.</param>
/// <param name="Gradient">How the objective differentiates.</param>
/// <param name="PerturbedStarts">Starts per deeper depth besides the zero-padded optimum: the same point with the new layer's
/// angles drawn from U[−<paramref name="PerturbationHalfWidth"/>, +<paramref name="PerturbationHalfWidth"/>]. The padded point
/// can be a critical point of the deeper ansatz (the optimizer then stops at once: measured for the Hamiltonian-variational
/// ansatz of the open TFIM chain), and these starts leave it.</param>
/// <param name="PerturbationHalfWidth">The half-width of those draws; range ≥ 0.</param>
/// <param name="Seed">Seeds the draws.</param>
public sealed record LayerGrowthOptions(int MaxLayers, NewLayerPlacement Placement = NewLayerPlacement.Front, double? TargetEnergy = null,
    double Tolerance = MultiStartVqe.ChemicalAccuracy, bool StopAtTarget = true, GradientKind Gradient = GradientKind.Adjoint,
    int PerturbedStarts = 0, double PerturbationHalfWidth = 0.1, int Seed = 0);
