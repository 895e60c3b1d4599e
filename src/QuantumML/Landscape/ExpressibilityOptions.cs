namespace QuantumML.Landscape;

/// <summary>How an expressibility and entangling-capability scan samples.</summary>
/// <param name="Pairs">Random parameter pairs per (ansatz, qubits, layers); range ≥ 1 (Sim et al. use 5000).</param>
/// <param name="Bins">Histogram bins over F ∈ [0, 1]; range ≥ 1 (Sim et al. use 75).</param>
/// <param name="Seed">Seeds the parameters; each (qubits, layers) point gets its own derived stream.</param>
public sealed record ExpressibilityOptions(int Pairs = 5000, int Bins = Expressibility.DefaultBins, int Seed = 0)
{
    /// <summary>Throws when a field is out of range.</summary>
    public void Validate()
    {
        if (Pairs < 1) throw new ArgumentOutOfRangeException(nameof(Pairs), Pairs, "Expressibility needs at least one parameter pair.");
        if (Bins < 1) throw new ArgumentOutOfRangeException(nameof(Bins), Bins, "A histogram needs at least one bin.");
    }
}
