using QuantumML.Combinatorial.Baselines;

namespace QuantumML.Eigensolvers;

/// <summary>The exact method behind a <see cref="GroundState"/>.</summary>
public enum EigensolverMethod
{
    /// <summary>Full eigendecomposition of the dense matrix (MathNet Evd).</summary>
    Dense,

    /// <summary>Lanczos iteration on the matrix-free operator.</summary>
    Lanczos,
}
