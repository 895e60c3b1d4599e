using System.Globalization;
using System.Text;
using QuantumML.Experiments.Results;
using QuantumML.Statistics;
using ScottPlot;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The report's federated-training part: learning curves of federated and centralized runs on the test split,
/// and the communication cost.</summary>
public static class FederatedSection
{
    /// <summary>Whether any run trained federated.</summary>
    public static bool Applies(ExperimentResult result) => result.Runs.Any(r => r.Metrics.ContainsKey(FederatedMetrics.Rounds));

    /// <summary>The Markdown section, or empty when no run trained federated.</summary>
    public static string Render(ExperimentResult result)
    {
        if (!Applies(result)) return "";
        var sb = new StringBuilder();
        sb.AppendLine("## Federated training");
        sb.AppendLine();
        sb.AppendLine($"Simulated: the clients are in-process, each holding a disjoint part of the training split, and the server averages their parameters (FedAvg, weighted by client sample counts; FedProx adds a proximal term to each client's loss). {(PrivacySection.Applies(result) ? "Plain FedAvg is no privacy guarantee (the server sees every update and the global model carries them); the DP-FedAvg runs' guarantee is stated under Differential privacy." : "Nothing here is a privacy guarantee: the server sees every update.")} Centralized runs of the same models are the reference; their \"rounds\" are epochs. Test accuracy is the final round's (or epoch's), mean ± SD over seeds with the 95% interval (as in the accuracy table).");
        sb.AppendLine();
        var target = TargetOf(result);
        sb.AppendLine(CultureInfo.InvariantCulture, $"| model | training | clients | label skew | rounds | test accuracy | 95% CI | numbers sent per round | numbers sent in total | rounds to {(target is null ? "target" : target.Value.ToString("0.00", CultureInfo.InvariantCulture))} |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var g in result.Runs.Where(HasCurve).GroupBy(r => r.Model))
        {
            var runs = g.ToList();
            var federated = runs[0].Metrics.ContainsKey(FederatedMetrics.Rounds);
            var accuracy = SampleSummary.Of(runs.Select(r => r.Metrics[MetricNames.TestAccuracy]).ToArray());
            var reached = runs.Select(r => r.Metrics.GetValueOrDefault(FederatedMetrics.RoundsToTarget, double.NaN)).Where(v => !double.IsNaN(v)).ToList();
            var toTarget = target is null ? "—" : reached.Count == 0
                ? $"not reached (0 of {runs.Count})"
                : string.Create(CultureInfo.InvariantCulture, $"{reached.Average():0.0} ({reached.Count} of {runs.Count} runs)");
            string Mean(string key) => runs.Average(r => r.Metrics.GetValueOrDefault(key)).ToString("0", CultureInfo.InvariantCulture);
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {g.Key} | {(federated ? Training(result, runs[0]) : "centralized")} | {(federated ? Mean(FederatedMetrics.Clients) : "1")} | {(federated ? runs.Average(r => r.Metrics[FederatedMetrics.LabelSkew]).ToString("0.00", CultureInfo.InvariantCulture) : "—")} | {runs.Average(r => r.Epochs.Count):0} | {accuracy.Mean:0.000} ± {accuracy.StandardDeviation:0.000} | {AccuracyInterval.Cell(AccuracyInterval.Of(runs))} | {(federated ? Mean(FederatedMetrics.ParametersPerRound) : "—")} | {(federated ? Mean(FederatedMetrics.ParametersSent) : "—")} | {toTarget} |");
        }
        sb.AppendLine();
        sb.AppendLine("Label skew is the mean total-variation distance between a client's label distribution and the whole training split's (0 for a perfectly IID split).");
        sb.AppendLine();
        return sb.ToString();
    }

    /// <summary>Test accuracy against rounds (epochs for centralized runs), mean over seeds with a 95% band; false when no run has a curve.</summary>
    public static bool Draw(ExperimentResult result, string path)
    {
        var groups = result.Runs.Where(HasCurve).GroupBy(r => r.Model).ToList();
        if (groups.Count == 0 || !Applies(result)) return false;
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var lowest = 1.0;
        for (var i = 0; i < groups.Count; i++)
        {
            var runs = groups[i].ToList();
            var length = runs.Min(r => r.Epochs.Count);
            var xs = Enumerable.Range(1, length).Select(x => (double)x).ToArray();
            var summaries = xs.Select((_, e) => SampleSummary.Of(runs.Select(r => r.Epochs[e].TestAccuracy).ToArray())).ToArray();
            var color = palette.GetColor(i);
            lowest = Math.Min(lowest, summaries.Min(s => runs.Count > 1 ? s.Lower : s.Mean));
            if (runs.Count > 1)
            {
                var band = plot.Add.FillY(xs, summaries.Select(s => Math.Max(0, s.Lower)).ToArray(), summaries.Select(s => Math.Min(1, s.Upper)).ToArray());
                band.FillColor = color.WithAlpha(0.15);
                band.LineWidth = 0;
            }
            var line = plot.Add.Scatter(xs, summaries.Select(s => s.Mean).ToArray());
            line.Color = color;
            line.MarkerSize = 4;
            line.LinePattern = runs[0].Metrics.ContainsKey(FederatedMetrics.Rounds) ? LinePattern.Solid : LinePattern.Dashed;
            line.LegendText = runs[0].Metrics.ContainsKey(FederatedMetrics.Rounds) ? $"{groups[i].Key} ({Training(result, runs[0])})" : $"{groups[i].Key} (centralized)";
        }
        if (TargetOf(result) is { } target)
        {
            var line = plot.Add.HorizontalLine(target);
            line.LinePattern = LinePattern.Dotted;
            line.Color = Colors.Gray;
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"target {target:0.00}");
        }
        plot.Title("Test accuracy per round (centralized: per epoch); mean over seeds, band: 95% interval");
        plot.XLabel("round / epoch");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.YLabel("test accuracy");
        // From a little below the lowest band to 1: the curves' differences matter more than the distance to 0.
        plot.Axes.SetLimitsY(Math.Max(0, Math.Floor((lowest - 0.05) * 10) / 10), 1.02);
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, ReportPlots.Width, ReportPlots.Height);
        return true;
    }

    private static bool HasCurve(RunRecord r) => r.Epochs.Count > 0 && r.Epochs.All(e => !double.IsNaN(e.TestAccuracy));

    /// <summary>"fedavg, iid" or "fedprox μ=0.01, dirichlet(0.3)", from the model's entry in the spec.</summary>
    private static string Training(ExperimentResult result, RunRecord run)
    {
        var model = result.Spec["models"]?.AsArray().FirstOrDefault(m => m?["name"]?.GetValue<string>() == (run.Group ?? run.Model));
        var federated = model?["federated"];
        var mu = federated?["mu"]?.GetValue<double>() ?? 0;
        var split = federated?["split"]?.GetValue<string>() ?? "iid";
        var alpha = federated?["alpha"]?.GetValue<double>() ?? 0.5;
        var dp = run.Metrics.ContainsKey(PrivacyMetrics.Epsilon) ? "dp-" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{dp}{(mu > 0 ? $"fedprox μ={mu}" : "fedavg")}, {(split == "iid" ? "iid" : $"dirichlet({alpha})")}");
    }

    private static double? TargetOf(ExperimentResult result) =>
        result.Spec["models"]?.AsArray().Select(m => m?["federated"]?["target_accuracy"]?.GetValue<double>()).FirstOrDefault(t => t is not null);
}
