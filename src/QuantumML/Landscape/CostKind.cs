namespace QuantumML.Landscape;

/// <summary>Which cost a gradient-variance scan differentiates.</summary>
/// <remarks>M. Cerezo, A. Sone, T. Volkoff, L. Cincio, P. J. Coles, "Cost function dependent barren plateaus in shallow
/// parametrized quantum circuits", Nat. Commun. 12, 1791 (2021), arXiv:2001.00550: a global cost has a barren plateau
/// at any depth; a local one, for circuits of depth O(log n), only polynomially vanishing gradients.</remarks>
public enum CostKind
{
    /// <summary>C = 1 − |⟨0…0|ψ⟩|²: the projector on |0…0⟩, which sees every qubit at once.</summary>
    Global,

    /// <summary>C = 1 − (1/n)Σⱼ⟨|0⟩⟨0|ⱼ⟩ = (1 − (1/n)Σⱼ⟨Zⱼ⟩)/2: the mean single-qubit projector, one qubit at a time.</summary>
    Local,
}
