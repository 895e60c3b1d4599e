using QuantumML.Experiments.Results;
using QuantumML.Landscape;

namespace QuantumML.Experiments.Tasks.Landscape;

/// <summary>The gradient variances of one (ansatz, cost, layers) against qubits, from the runs of a result.</summary>
/// <param name="Ansatz">The ansatz's name.</param>
/// <param name="Cost">The cost.</param>
/// <param name="Layers">The layer count.</param>
/// <param name="Points">One point per qubit count, ascending.</param>
internal sealed record GradientSeries(string Ansatz, CostKind Cost, int Layers, IReadOnlyList<GradientSeriesPoint> Points)
{
    /// <summary>Whether the cost is constant on the ansatz at some qubit count (a symmetry, not a decay).</summary>
    public bool Vanishes => Points.Any(p => p.Runs.Any(r => r.Metrics[LandscapeMetrics.Variance(Cost)] < GradientVariance.RoundoffFloor));

    /// <summary>The fitted decay over every (seed, qubits) point, or null when it cannot be fitted (see <see cref="Why"/>).</summary>
    public DecayFit? Fit()
    {
        if (Vanishes || Points.Count < 3) return null;
        var runs = Points.SelectMany(p => p.Runs).ToList();
        return DecayFit.Of([.. runs.Select(r => (int)r.Metrics[LandscapeMetrics.Qubits])], [.. runs.Select(r => r.Metrics[LandscapeMetrics.Variance(Cost)])]);
    }

    /// <summary>Why there is no fit.</summary>
    public string Why() => Vanishes ? "the cost is constant on this ansatz" : $"a rate with an interval needs at least three qubit counts; the scan has {Points.Count}";

    /// <summary>Every series of the result's gradient jobs: ansatzes in spec order, then cost (global first), then layers.</summary>
    public static IReadOnlyList<GradientSeries> Of(ExperimentResult result)
    {
        var runs = result.Runs.Where(r => r.Instance == LandscapeJob.Prefix(LandscapeJobKind.Gradients)).ToList();
        var series = new List<GradientSeries>();
        foreach (var ansatz in runs.Select(r => r.Group ?? r.Model).Distinct())
        {
            var mine = runs.Where(r => (r.Group ?? r.Model) == ansatz).ToList();
            foreach (var cost in Enum.GetValues<CostKind>())
            {
                foreach (var layers in mine.Select(r => (int)r.Metrics[LandscapeMetrics.Layers]).Distinct().Order())
                {
                    var points = mine.Where(r => (int)r.Metrics[LandscapeMetrics.Layers] == layers)
                        .GroupBy(r => (int)r.Metrics[LandscapeMetrics.Qubits]).OrderBy(g => g.Key)
                        .Select(g => new GradientSeriesPoint(g.Key, g.Average(r => r.Metrics[LandscapeMetrics.Variance(cost)]), [.. g])).ToList();
                    series.Add(new GradientSeries(ansatz, cost, layers, points));
                }
            }
        }
        return series;
    }
}

/// <summary>One qubit count of a series.</summary>
/// <param name="Qubits">The qubit count.</param>
/// <param name="Mean">The variance, mean over seeds.</param>
/// <param name="Runs">The runs (one per seed).</param>
internal sealed record GradientSeriesPoint(int Qubits, double Mean, IReadOnlyList<RunRecord> Runs);
