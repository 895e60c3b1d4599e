using System.Globalization;
using System.Text;
using QuantumML.Experiments.Results;
using QuantumML.Privacy;
using QuantumML.Statistics;
using ScottPlot;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The report's privacy part: test accuracy against the ε of DP-FedAvg runs (user level) and DP-SGD runs
/// (example level), beside each federated model's non-private run (ε = ∞), with what each guarantee does and does not protect.</summary>
public static class PrivacySection
{
    /// <summary>Whether any run trained privately (DP-FedAvg or DP-SGD).</summary>
    public static bool Applies(ExperimentResult result) => result.Runs.Any(IsPrivate);

    /// <summary>The Markdown section, or empty when no run trained privately.</summary>
    public static string Render(ExperimentResult result)
    {
        if (!Applies(result)) return "";
        var sb = new StringBuilder();
        sb.AppendLine("## Differential privacy");
        sb.AppendLine();
        var deltas = result.Runs.Where(IsPrivate).Select(r => r.Metrics[PrivacyMetrics.Delta]).Distinct()
            .Select(d => d.ToString("0.#####e0", CultureInfo.InvariantCulture)).ToList();
        if (result.Runs.FirstOrDefault(r => IsPrivate(r) && !IsExampleLevel(r)) is { } user)
        {
            var guarantee = GuaranteeOf(user);
            sb.AppendLine($"DP-FedAvg (McMahan et al. 2018): each round every client takes part independently with probability q, its update (its parameters after local training minus the global ones) is clipped to L2 norm C, and the server adds Gaussian noise of standard deviation z·C/(q·K) to the fixed-denominator average. The privacy unit is the **user: one client with all of its data**. ε is the user-level ε after the last round, from the Rényi-DP accountant of the sampled Gaussian mechanism (it counts every round's release, not only the final model).{(result.Runs.Any(r => r.Model.EndsWith($"[{PrivacySweep.NonPrivate}]", StringComparison.Ordinal)) ? " The non-private run of each model is plain FedAvg with the same expected participation (q·K clients a round), no clipping and no noise: ε = ∞." : "")}");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"- Protected: {guarantee.Protects}.");
            sb.AppendLine(CultureInfo.InvariantCulture, $"- Not protected: {guarantee.DoesNotProtect}.");
            sb.AppendLine();
        }
        if (result.Runs.FirstOrDefault(IsExampleLevel) is { } example)
        {
            var guarantee = GuaranteeOf(example);
            sb.AppendLine("DP-SGD (Abadi et al. 2016) for centrally trained models: each step takes a Poisson sample of the training set at q = batch size / N, clips every example's gradient to L2 norm C, adds N(0, z²C²) to their sum and divides by qN before the model's optimizer. The privacy unit is the **example: one training sample**; ε is after all steps (every step's parameters counted), from the same accountant.");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"- Protected: {guarantee.Protects}.");
            sb.AppendLine(CultureInfo.InvariantCulture, $"- Not protected: {guarantee.DoesNotProtect}.");
            sb.AppendLine();
        }
        sb.AppendLine(CultureInfo.InvariantCulture, $"δ = {string.Join(", ", deltas)}.");
        sb.AppendLine();
        sb.AppendLine("| model | run | z | C | q | rounds | ε | clipped updates | test accuracy | 95% CI |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (group, jobs) in Series(result))
        {
            foreach (var runs in jobs)
            {
                var r = runs[0];
                var accuracy = SampleSummary.Of(runs.Select(x => x.Metrics[MetricNames.TestAccuracy]).ToArray());
                var interval = AccuracyInterval.Of(runs);
                var rounds = IsExampleLevel(r)
                    ? string.Create(CultureInfo.InvariantCulture, $"{r.Metrics[PrivacyMetrics.Steps]:0} steps")
                    : r.Metrics.GetValueOrDefault(FederatedMetrics.Rounds).ToString("0", CultureInfo.InvariantCulture);
                string Cell(string key, string format) => IsPrivate(r) ? r.Metrics[key].ToString(format, CultureInfo.InvariantCulture) : "—";
                var clipped = IsPrivate(r) && !IsExampleLevel(r)
                    ? string.Create(CultureInfo.InvariantCulture, $"{runs.Sum(x => x.Metrics[PrivacyMetrics.ClippedUpdates]) / Math.Max(1, runs.Sum(x => x.Metrics[PrivacyMetrics.ClientUpdates])):0%} of {runs.Average(x => x.Metrics[PrivacyMetrics.ClientUpdates]):0}")
                    : "—";
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {group} | {r.Model} | {Cell(PrivacyMetrics.NoiseMultiplier, "0.###")} | {Cell(PrivacyMetrics.ClipNorm, "0.###")} | {(IsPrivate(r) ? Cell(PrivacyMetrics.SamplingRate, "0.###") : "— (fedavg)")} | {rounds} | {Epsilon(r)} | {clipped} | {accuracy.Mean:0.000} ± {accuracy.StandardDeviation:0.000} | {AccuracyInterval.Cell(interval)} |");
            }
        }
        sb.AppendLine();
        sb.AppendLine(AccuracyInterval.Explanation);
        sb.AppendLine();
        sb.AppendLine("Clipped updates: the share of client updates longer than C (so shortened), of the mean number of updates per run. A smaller ε is a stronger guarantee; the accuracy it costs is the distance to the model's non-private row.");
        sb.AppendLine();
        return sb.ToString();
    }

    /// <summary>Test accuracy against ε per model, mean over seeds with 95% whiskers, each model's non-private run as a
    /// dashed line of its colour; false when no run trained privately.</summary>
    public static bool Draw(ExperimentResult result, string path)
    {
        if (!Applies(result)) return false;
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var series = Series(result);
        var epsilons = result.Runs.Where(IsPrivate).Select(r => r.Metrics[PrivacyMetrics.Epsilon]).Where(double.IsFinite).ToList();
        // A log axis once ε spans a decade or more; ScottPlot draws it as log10 data with 10^k labels.
        var log = epsilons.Count > 0 && epsilons.Max() / Math.Max(1e-12, epsilons.Min()) >= 10;
        double X(double epsilon) => log ? Math.Log10(epsilon) : epsilon;
        var lowest = 1.0;
        for (var i = 0; i < series.Count; i++)
        {
            var (group, jobs) = series[i];
            var color = palette.GetColor(i);
            var points = jobs.Where(j => IsPrivate(j[0]) && double.IsFinite(j[0].Metrics[PrivacyMetrics.Epsilon]))
                .Select(j => (Epsilon: j.Average(r => r.Metrics[PrivacyMetrics.Epsilon]), Accuracy: j.Average(r => r.Metrics[MetricNames.TestAccuracy]), Interval: AccuracyInterval.Of(j), Count: j.Count))
                .OrderBy(p => p.Epsilon).ToList();
            if (points.Count > 0)
            {
                var xs = points.Select(p => X(p.Epsilon)).ToArray();
                var ys = points.Select(p => p.Accuracy).ToArray();
                var line = plot.Add.Scatter(xs, ys);
                line.Color = color;
                line.MarkerSize = 8;
                line.LegendText = $"{group} ({(IsExampleLevel(jobs.First(j => IsPrivate(j[0]))[0]) ? "DP-SGD, per example" : "DP-FedAvg, per user")})";
                // The report's interval (Wilson on pooled predictions), which need not be symmetric about the mean.
                var bars = plot.Add.ErrorBar(xs, ys, points.Select(p => Math.Max(0, p.Interval.Upper - p.Accuracy)).ToArray());
                bars.YErrorNegative = points.Select(p => Math.Max(0, p.Accuracy - p.Interval.Lower)).ToArray();
                bars.Color = color;
                lowest = Math.Min(lowest, points.Min(p => p.Interval.Lower));
            }
            if (jobs.FirstOrDefault(j => !IsPrivate(j[0])) is { } reference)
            {
                var mean = reference.Average(r => r.Metrics[MetricNames.TestAccuracy]);
                var line = plot.Add.HorizontalLine(mean);
                line.Color = color;
                line.LinePattern = LinePattern.Dashed;
                line.LegendText = $"{group} non-private (ε = ∞)";
                lowest = Math.Min(lowest, mean);
            }
        }
        plot.Title("Test accuracy against ε (mean over seeds, whiskers: 95% interval)");
        plot.XLabel(log ? "ε (log scale; smaller is more private)" : "ε (smaller is more private)");
        plot.YLabel("test accuracy");
        if (log) ReportPlots.LogTicks(plot.Axes.Bottom, "0.###");
        if (epsilons.Count > 0)
        {
            var (x0, x1) = (X(epsilons.Min()), X(epsilons.Max()));
            var margin = Math.Max(0.05 * (x1 - x0), log ? 0.05 : 0.1);
            plot.Axes.SetLimitsX(log ? x0 - margin : Math.Max(0, x0 - margin), x1 + margin);
        }
        plot.Axes.SetLimitsY(Math.Max(0, Math.Floor((lowest - 0.05) * 10) / 10), 1.02);
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, ReportPlots.Width, ReportPlots.Height);
        return true;
    }

    /// <summary>The private runs' models (by group, in spec order), each with its jobs' runs (non-private first, then by
    /// descending ε); only groups with a private job.</summary>
    private static List<(string Group, List<List<RunRecord>> Jobs)> Series(ExperimentResult result) =>
        result.Runs.GroupBy(r => r.Group ?? r.Model)
            .Where(g => g.Any(IsPrivate))
            .Select(g => (g.Key, g.GroupBy(r => r.Model).Select(j => j.ToList())
                .OrderBy(j => IsPrivate(j[0]) ? 1 : 0)
                .ThenByDescending(j => IsPrivate(j[0]) ? j[0].Metrics[PrivacyMetrics.Epsilon] : 0)
                .ToList()))
            .ToList();

    private static bool IsPrivate(RunRecord run) => run.Metrics.ContainsKey(PrivacyMetrics.Epsilon);

    private static string Epsilon(RunRecord run) =>
        !IsPrivate(run) || double.IsPositiveInfinity(run.Metrics[PrivacyMetrics.Epsilon]) ? "∞"
            : string.Create(CultureInfo.InvariantCulture, $"{run.Metrics[PrivacyMetrics.Epsilon]:0.00} (δ = {run.Metrics[PrivacyMetrics.Delta]:0.#####e0}{(IsExampleLevel(run) ? ", per example" : "")})");

    private static bool IsExampleLevel(RunRecord run) => run.Metrics.GetValueOrDefault(PrivacyMetrics.ExampleLevel) == 1;

    private static PrivacyGuarantee GuaranteeOf(RunRecord run) => PrivacyGuarantee.Of(IsExampleLevel(run) ? PrivacyUnit.Example : PrivacyUnit.User,
        run.Metrics[PrivacyMetrics.SamplingRate], run.Metrics[PrivacyMetrics.NoiseMultiplier], run.Metrics[PrivacyMetrics.ClipNorm],
        (long)run.Metrics.GetValueOrDefault(IsExampleLevel(run) ? PrivacyMetrics.Steps : FederatedMetrics.Rounds), run.Metrics[PrivacyMetrics.Delta]);
}
