using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>An inverse-temperature range [Hot, Cold] for annealing and tempering.</summary>
/// <param name="Hot">The smallest β (start of annealing).</param>
/// <param name="Cold">The largest β (end of annealing).</param>
public sealed record BetaRange(double Hot, double Cold)
{
    /// <summary>The range chosen from the couplings, as D-Wave's <c>neal</c> does: at Hot the largest possible uphill flip
    /// is accepted half the time, at Cold the smallest typical one (2 min |coefficient|) 1% of the time.</summary>
    public static BetaRange For(IsingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var max = model.MaxFlipDelta;
        var min = model.MinFlipDelta();
        var hot = max > 0 ? Math.Log(2) / max : 0.1;
        var cold = Math.Log(100) / min;
        return new BetaRange(Math.Min(hot, cold), cold);
    }

    /// <summary>β at step <paramref name="k"/> of <paramref name="steps"/> on the geometric schedule Hot → Cold.</summary>
    public double Geometric(int k, int steps) =>
        steps <= 1 ? Cold : Hot * Math.Pow(Cold / Hot, (double)k / (steps - 1));

    /// <summary>Throws unless 0 &lt; Hot ≤ Cold, both finite.</summary>
    public void Validate()
    {
        if (!(Hot > 0 && Cold >= Hot && double.IsFinite(Cold)))
            throw new ArgumentOutOfRangeException(nameof(Hot), $"a beta range needs 0 < hot ≤ cold, got [{Hot}, {Cold}]");
    }
}
