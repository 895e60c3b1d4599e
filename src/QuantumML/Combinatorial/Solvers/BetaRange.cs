using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>An inverse-temperature range [Hot, Cold] for annealing and tempering.</summary>
/// <param name="Hot">The smallest β (start of annealing).</param>
/// <param name="Cold">The largest β (end of annealing).</param>
public sealed record BetaRange(double Hot, double Cold)
{
    /// <summary>The range chosen from the couplings. Hot: a typical flip from a random state, ΔE ≈ 2·rms(f) with
    /// rms(f)² = mean_i (h_i² + Σ_j J_ij²), is accepted half the time. Cold: the smallest typical uphill flip,
    /// 2·min |coefficient|, is accepted 1% of the time.</summary>
    /// <remarks>The cold end is D-Wave <c>neal</c>'s; its hot end accepts the largest possible flip half the time, which on
    /// sparse graphs starts far hotter than any structure (on G14, 44% of a geometric schedule ran above β = 0.2, where
    /// the state is still random), so the hot end here follows the typical flip instead.</remarks>
    public static BetaRange For(IsingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var squares = 2 * model.Couplings.Sum(c => c.Value * c.Value) + model.Fields.Sum(h => h * h);
        var typical = 2 * Math.Sqrt(squares / model.SpinCount);
        var cold = Math.Log(100) / model.MinFlipDelta();
        var hot = typical > 0 ? Math.Log(2) / typical : cold / 100;
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
