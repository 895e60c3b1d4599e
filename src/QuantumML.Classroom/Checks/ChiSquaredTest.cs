using MathNet.Numerics.Distributions;

namespace QuantumML.Classroom.Checks;

/// <summary>The chi-squared test of homogeneity of two samples of outcomes: do they come from one distribution?</summary>
/// <remarks>MathNet has the chi-squared distribution but no contingency-table test, so the statistic (a short sum) is written
/// here. Outcomes expected fewer than five times in either sample are pooled into one category (Cochran's rule), since the
/// chi-squared approximation fails for them.</remarks>
internal static class ChiSquaredTest
{
    /// <summary>The least expected count of a category that is tested on its own.</summary>
    private const double MinExpected = 5;

    /// <summary>The result of a test.</summary>
    /// <param name="Statistic">The chi-squared statistic.</param>
    /// <param name="Freedom">Degrees of freedom: categories after pooling, minus one.</param>
    /// <param name="PValue">The probability of a statistic at least this large if both samples share one distribution.</param>
    public sealed record Result(double Statistic, int Freedom, double PValue);

    /// <summary>Tests two samples, given as counts per outcome.</summary>
    public static Result Homogeneity(IReadOnlyDictionary<string, int> first, IReadOnlyDictionary<string, int> second)
    {
        double n1 = first.Values.Sum(), n2 = second.Values.Sum();
        if (n1 == 0 || n2 == 0) return new Result(0, 0, 1);
        var categories = first.Keys.Union(second.Keys).Select(k => (first.GetValueOrDefault(k), second.GetValueOrDefault(k))).ToList();
        bool Rare((int A, int B) c) => Math.Min(n1, n2) * (c.A + c.B) / (n1 + n2) < MinExpected;
        var kept = categories.Where(c => !Rare(c)).ToList();
        var rare = categories.Where(Rare).ToList();
        if (rare.Count > 0)
        {
            var pooled = (rare.Sum(c => c.Item1), rare.Sum(c => c.Item2));
            // A pooled category that is still rare joins the smallest kept one.
            if (Rare(pooled) && kept.Count > 0)
            {
                var smallest = kept.OrderBy(c => c.Item1 + c.Item2).First();
                kept.Remove(smallest);
                pooled = (pooled.Item1 + smallest.Item1, pooled.Item2 + smallest.Item2);
            }
            kept.Add(pooled);
        }
        if (kept.Count < 2) return new Result(0, 0, 1);
        var statistic = 0.0;
        foreach (var (a, b) in kept)
        {
            var total = a + b;
            double e1 = n1 * total / (n1 + n2), e2 = n2 * total / (n1 + n2);
            statistic += (a - e1) * (a - e1) / e1 + (b - e2) * (b - e2) / e2;
        }
        var freedom = kept.Count - 1;
        return new Result(statistic, freedom, ChiSquared.CDF(freedom, statistic) is var cdf && cdf < 1 ? 1 - cdf : 0);
    }
}
