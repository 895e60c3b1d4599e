namespace QuantumML.Landscape;

/// <summary>How a gradient-variance scan samples.</summary>
/// <param name="Draws">Random parameter vectors θ ~ U[0, 2π)ᴾ per (ansatz, qubits, layers); range ≥ 2.</param>
/// <param name="Seed">Seeds the draws; each (qubits, layers) point gets its own derived stream, so a point's draws do not
/// depend on which other points are scanned or in what order.</param>
public sealed record GradientVarianceOptions(int Draws = 200, int Seed = 0)
{
    /// <summary>Throws when a field is out of range.</summary>
    public void Validate()
    {
        if (Draws < 2) throw new ArgumentOutOfRangeException(nameof(Draws), Draws, "A variance needs at least two draws.");
    }
}
