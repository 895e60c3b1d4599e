using System.Globalization;
using System.Text;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.IO;
using QuantumML.Landscape;

namespace QuantumML.Experiments.Tasks.Landscape;

/// <summary>The report of a landscape experiment: gradient variances against qubits with their fitted decay rates, and
/// expressibility and entangling capability against layers.</summary>
public static class LandscapeReport
{
    /// <summary>One row per job: what it measured, mean over seeds.</summary>
    public static string Table(ExperimentResult result) => ReportText.JobTable(result,
        $"{"seeds",5}  {"measured (mean over seeds)",-52}  {"s",6}",
        g => $"{g.Count(),5}  {Measured([.. g]),-52}  {g.Average(r => r.Metrics[MetricNames.FitSeconds]),6:0.0}");

    /// <summary>What a job's runs measured, mean over them, in one line.</summary>
    internal static string Measured(IReadOnlyList<RunRecord> runs) => runs[0].Instance switch
    {
        "grad" => string.Create(CultureInfo.InvariantCulture, $"Var[dC/dθ] global {Cell(runs.Average(r => r.Metrics[LandscapeMetrics.Variance(CostKind.Global)]))}, local {Cell(runs.Average(r => r.Metrics[LandscapeMetrics.Variance(CostKind.Local)]))}"),
        "expr" => string.Create(CultureInfo.InvariantCulture, $"expressibility {runs.Average(r => r.Metrics[LandscapeMetrics.Expressibility]):0.0000}, Meyer-Wallach Q {runs.Average(r => r.Metrics[LandscapeMetrics.EntanglingCapability]):0.0000}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"cost {runs.Average(r => r.Metrics[LandscapeMetrics.InitialCost]):0.0000} -> {runs.Average(r => r.Metrics[LandscapeMetrics.FinalCost]):0.0000} in {runs[0].Metrics[LandscapeMetrics.Steps]:0} steps"),
    };

    /// <summary>What one run measured, in one line.</summary>
    internal static string Measured(RunRecord run) => Measured([run]);

    /// <summary>Writes <c>report.md</c> and its plots into <paramref name="folder"/>; returns the report's path.</summary>
    public static string Write(string folder, ExperimentResult result)
    {
        var plots = Path.Combine(folder, "plots");
        Directory.CreateDirectory(plots);
        var figures = new List<(string Title, string File)>();
        var gradients = GradientSeries.Of(result);
        if (gradients.Count > 0)
        {
            LandscapePlots.GradientVariance(gradients, Path.Combine(plots, "gradient-variance.png"));
            figures.Add(("Gradient variance against qubits, one panel per layer count (log scale; dashed: global cost, solid: local cost)", "plots/gradient-variance.png"));
        }
        var expressibility = ExpressibilityRows(result);
        if (expressibility.Count > 0)
        {
            LandscapePlots.Expressibility(expressibility, Path.Combine(plots, "expressibility.png"));
            figures.Add(("Expressibility (KL divergence from Haar) and Meyer-Wallach entangling capability against layers", "plots/expressibility.png"));
        }
        // A path that never moved (a cost constant on the ansatz) spans no plane: no picture.
        foreach (var run in TrajectoryRuns(result).Select(g => g.First()).Where(r => !Stood(r)))
        {
            var file = $"loss-landscape-{RunStore.SafeName(run.Group ?? run.Model)}.png";
            LandscapePlots.LossLandscape(run, Path.Combine(plots, file));
            figures.Add(($"Loss of {run.Group} on the plane of its training path (seed {run.Seed})", $"plots/{file}"));
        }
        var path = Path.Combine(folder, ReportWriter.FileName);
        AtomicFile.WriteText(path, Render(result, figures));
        return path;
    }

    /// <summary>The Markdown text of the report.</summary>
    public static string Render(ExperimentResult result, IReadOnlyList<(string Title, string File)> figures)
    {
        var sb = new StringBuilder();
        ReportText.Title(sb, result, "landscape");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- {result.Runs.Select(r => r.Group).Distinct().Count()} ansatz(es), {result.Runs.Select(r => r.Model).Distinct().Count()} scan points × {result.Runs.Select(r => r.Seed).Distinct().Count()} seeds; exact states and adjoint gradients on the compiled engine, parameters θ ~ U[0, 2π) drawn afresh for every point and seed");
        sb.AppendLine(ReportText.Environment(result)).AppendLine();
        var gradients = GradientSeries.Of(result);
        if (gradients.Count > 0) GradientSection(sb, gradients);
        var expressibility = ExpressibilityRows(result);
        if (expressibility.Count > 0) ExpressibilitySection(sb, expressibility);
        var trajectories = TrajectoryRuns(result);
        if (trajectories.Count > 0) TrajectorySection(sb, trajectories, result.Spec["trajectory"]?["cost"]?.GetValue<string>() ?? "local");
        sb.Append(EngineSection.Render(result));
        ReportText.Figures(sb, figures);
        return sb.ToString();
    }

    private static void GradientSection(StringBuilder sb, IReadOnlyList<GradientSeries> series)
    {
        var qubits = series.SelectMany(s => s.Points.Select(p => p.Qubits)).Distinct().Order().ToList();
        var draws = series.SelectMany(s => s.Points).SelectMany(p => p.Runs).Select(r => r.Metrics[LandscapeMetrics.Draws]).Distinct().ToList();
        sb.AppendLine("## Gradient variance").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Var[∂C/∂θₖ] over {string.Join(", ", draws.Select(d => d.ToString("0", CultureInfo.InvariantCulture)))} random parameter draws per point and seed, averaged over the parameters k and then over seeds. Global cost C = 1 − |⟨0…0|ψ(θ)⟩|² (the projector on |0…0⟩); local cost C = 1 − (1/n)Σⱼ⟨|0⟩⟨0|ⱼ⟩ (the mean single-qubit projector, Cerezo et al. 2021). An exponential decay in the qubit count n is a barren plateau (McClean et al. 2018). \"constant\": every gradient vanishes identically (below {GradientVariance.RoundoffFloor:0e0}), a symmetry of the ansatz and the cost rather than a plateau.").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| ansatz | cost | layers | {string.Join(" | ", qubits.Select(q => $"n = {q}"))} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| --- | --- | --- | {string.Join(" | ", qubits.Select(_ => "---"))} |");
        foreach (var s in series)
        {
            var cells = qubits.Select(q => s.Points.FirstOrDefault(p => p.Qubits == q) is { } p ? Cell(p.Mean) : "");
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {s.Ansatz} | {LandscapeMetrics.Key(s.Cost)} | {s.Layers} | {string.Join(" | ", cells)} |");
        }
        sb.AppendLine().AppendLine("### Decay rate per qubit").AppendLine();
        sb.AppendLine("A least-squares line ln Var = a − r·n through every (seed, n) point of a series, with a 95% Student-t interval on the rate r: Var shrinks by e^(−r) per added qubit. For a unitary 2-design r is ln 4 ≈ 1.39 for the global cost and ln 2 ≈ 0.69 for the local one. Over a finite range of n a polynomial decay also fits a positive rate, one that shrinks as n grows: what tells a plateau is the global cost's rate against the local cost's at the same depth (Cerezo et al.: shallow circuits with a local cost decay only polynomially).").AppendLine();
        sb.AppendLine("| ansatz | cost | layers | rate r | 95% interval | factor per qubit | R² | points | decays |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var s in series)
        {
            var prefix = $"| {s.Ansatz} | {LandscapeMetrics.Key(s.Cost)} | {s.Layers} |";
            if (s.Vanishes) sb.AppendLine(CultureInfo.InvariantCulture, $"{prefix} — | — | — | — | {s.Points.Sum(p => p.Runs.Count)} | no: the cost is constant on this ansatz (a symmetry) |");
            else if (s.Fit() is { } fit)
                sb.AppendLine(CultureInfo.InvariantCulture, $"{prefix} {fit.Rate:0.000} | [{fit.RateLower:0.000}, {fit.RateUpper:0.000}] | {fit.FactorPerQubit:0.000} | {fit.RSquared:0.000} | {fit.Points} | {(fit.RateLower > 0 ? "yes: the interval excludes 0" : "not shown: the interval holds 0")} |");
            else sb.AppendLine(CultureInfo.InvariantCulture, $"{prefix} — | — | — | — | {s.Points.Sum(p => p.Runs.Count)} | no fit: {s.Why()} |");
        }
        sb.AppendLine();
    }

    private static void ExpressibilitySection(StringBuilder sb, IReadOnlyList<ExpressibilityRow> rows)
    {
        sb.AppendLine("## Expressibility and entangling capability").AppendLine();
        sb.AppendLine("Expressibility (Sim, Johnson and Aspuru-Guzik 2019): the Kullback-Leibler divergence of the histogram of fidelities |⟨ψ(θ)|ψ(φ)⟩|² of random parameter pairs from the Haar distribution P(F) = (N − 1)(1 − F)^(N − 2), N = 2ⁿ; near 0 the ansatz spreads over the state space like Haar-random states. A finite sample of M pairs biases it upwards by about (bins − 1)/(2M). Beyond about 8 qubits Haar fidelities crowd into the first bin and every divergence tends to 0; E[F²] over its Haar value 2/(N(N + 1)) (1 for a 2-design) stays informative. Entangling capability: the mean Meyer-Wallach Q of the sampled states, against the Haar average (N − 2)/(N + 1). Means over seeds; ± is the largest per-seed standard error.").AppendLine();
        sb.AppendLine("| ansatz | qubits | layers | parameters | expressibility D_KL | E[F²] / Haar | Meyer-Wallach Q | Haar Q | pairs × seeds |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var r in rows)
        {
            var n = Math.Pow(2, r.Qubits);
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Ansatz} | {r.Qubits} | {r.Layers} | {r.Runs[0].Metrics[LandscapeMetrics.Parameters]:0} | {r.Expressibility:0.0000} | {r.Mean(LandscapeMetrics.FramePotentialRatio):0.000} | {r.EntanglingCapability:0.0000} ± {r.Runs.Max(x => x.Metrics[LandscapeMetrics.EntanglingStandardError]):0.0000} | {(n - 2) / (n + 1):0.0000} | {r.Runs[0].Metrics[LandscapeMetrics.Pairs]:0} × {r.Runs.Count} |");
        }
        sb.AppendLine();
    }

    private static void TrajectorySection(StringBuilder sb, IReadOnlyList<IGrouping<string, RunRecord>> jobs, string cost)
    {
        sb.AppendLine("## Loss landscape along a training path").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Each ansatz trained on the {cost} cost by plain gradient descent (adjoint gradients) from angles drawn uniformly in [0, 2π), every step's parameters kept; the loss is then evaluated on the plane through the trained parameters spanned by the path's two principal directions (Li et al. 2018), on a grid covering the path with a margin of a quarter of its extent. Explained: the share of the path's variance in that plane; residual: the largest distance of a step from it (what the picture leaves out). Means over seeds; the figures show the first seed.").AppendLine();
        sb.AppendLine("| ansatz | qubits | layers | parameters | steps | cost at start | cost trained | explained | residual |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var g in jobs)
        {
            var runs = g.ToList();
            double Mean(string key) => runs.Average(r => r.Metrics[key]);
            var plane = runs.All(Stood)
                ? "— | — (the gradient is 0 everywhere: the cost is constant on this ansatz, and the path never moved)"
                : string.Create(CultureInfo.InvariantCulture, $"{Mean(LandscapeMetrics.ExplainedVariance):0.000} | {Mean(LandscapeMetrics.PathResidual):0.000}");
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {runs[0].Group} | {runs[0].Metrics[LandscapeMetrics.Qubits]:0} | {runs[0].Metrics[LandscapeMetrics.Layers]:0} | {runs[0].Metrics[LandscapeMetrics.Parameters]:0} | {runs[0].Metrics[LandscapeMetrics.Steps]:0} | {Mean(LandscapeMetrics.InitialCost):0.0000} | {Mean(LandscapeMetrics.FinalCost):0.0000} | {plane} |");
        }
        sb.AppendLine();
    }

    /// <summary>Whether a trajectory run's path stayed where it started.</summary>
    private static bool Stood(RunRecord run) => run.LossGrid is { } g && g.PathAlpha.Concat(g.PathBeta).All(v => Math.Abs(v) < 1e-12) || run.Metrics[LandscapeMetrics.ExplainedVariance] is 0 or double.NaN;

    /// <summary>The trajectory jobs' runs, one group per job, in spec order.</summary>
    internal static IReadOnlyList<IGrouping<string, RunRecord>> TrajectoryRuns(ExperimentResult result) =>
        [.. result.Runs.Where(r => r.Instance == LandscapeJob.Prefix(LandscapeJobKind.Trajectory) && r.LossGrid is not null).GroupBy(r => r.Model)];

    /// <summary>The expressibility jobs, one row per (ansatz, qubits, layers), in spec order.</summary>
    internal static IReadOnlyList<ExpressibilityRow> ExpressibilityRows(ExperimentResult result) =>
        [.. result.Runs.Where(r => r.Instance == LandscapeJob.Prefix(LandscapeJobKind.Expressibility)).GroupBy(r => r.Model)
            .Select(g => new ExpressibilityRow(g.First().Group ?? g.Key, (int)g.First().Metrics[LandscapeMetrics.Qubits], (int)g.First().Metrics[LandscapeMetrics.Layers], [.. g]))];

    /// <summary>A variance for a table cell: scientific, or "constant" below the round-off floor.</summary>
    internal static string Cell(double variance) => variance < GradientVariance.RoundoffFloor
        ? "constant"
        : variance.ToString("0.00e+0", CultureInfo.InvariantCulture);
}

/// <summary>The runs of one expressibility point.</summary>
internal sealed record ExpressibilityRow(string Ansatz, int Qubits, int Layers, IReadOnlyList<RunRecord> Runs)
{
    public double Mean(string metric) => Runs.Average(r => r.Metrics[metric]);

    public double Expressibility => Mean(LandscapeMetrics.Expressibility);

    public double EntanglingCapability => Mean(LandscapeMetrics.EntanglingCapability);
}
