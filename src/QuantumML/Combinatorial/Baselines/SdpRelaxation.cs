namespace QuantumML.Combinatorial.Baselines;

/// <summary>A solution of the semidefinite relaxation min Σ J_ij v_i·v_j + Σ h_i v_0·v_i + offset over unit vectors.</summary>
/// <param name="Vectors">The unit vectors, one per row: v_0 first when the model has fields, then one per spin.</param>
/// <param name="Value">The relaxation's objective at <paramref name="Vectors"/> (energy units, offset included).</param>
/// <param name="LowerBound">A lower bound on every assignment's energy from the dual certificate: the diagonal
/// y_i = ½ v_i·∇_i and the smallest eigenvalue of C - Diag(y). For MaxCut, -LowerBound bounds the cut from above.</param>
/// <param name="Iterations">L-BFGS iterations used.</param>
/// <param name="HasFieldVector">Whether row 0 is the reference vector v_0 of the fields.</param>
public sealed record SdpRelaxation(double[][] Vectors, double Value, double LowerBound, int Iterations, bool HasFieldVector)
{
    /// <summary>The rank k: the length of each vector.</summary>
    public int Rank => Vectors.Length == 0 ? 0 : Vectors[0].Length;
}
