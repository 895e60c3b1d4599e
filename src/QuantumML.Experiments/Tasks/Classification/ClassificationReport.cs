using System.Globalization;
using System.Text;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.IO;
using QuantumML.Statistics;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The report of a classification experiment: accuracy with intervals, paired tests against the best classical model, noise, federated and early-stopping sections, cost, engines, circuits and plots.</summary>
public static class ClassificationReport
{
    /// <summary>Renders the report of <paramref name="result"/> into <paramref name="folder"/>; returns its path.</summary>
    public static string Write(string folder, ExperimentResult result)
    {
        var search = SweepReport.Markdown(result);
        // Swept models are compared, plotted and costed by their selected candidate; the search has its own section.
        result = SweepSelection.View(result);
        var plots = Path.Combine(folder, "plots");
        Directory.CreateDirectory(plots);
        var figures = new List<(string Title, string File)>();
        ReportPlots.AccuracyBars(result, Path.Combine(plots, "accuracy.png"));
        figures.Add(("Test accuracy with 95% confidence intervals", "plots/accuracy.png"));
        if (ReportPlots.LossCurves(result, Path.Combine(plots, "loss.png")))
            figures.Add(("Training loss per epoch", "plots/loss.png"));
        if (ReportPlots.AccuracyCurves(result, Path.Combine(plots, "train-accuracy.png")))
            figures.Add(("Training accuracy per epoch", "plots/train-accuracy.png"));
        if (FederatedSection.Draw(result, Path.Combine(plots, "federated.png")))
            figures.Add(("Test accuracy per round, federated against centralized", "plots/federated.png"));
        if (PrivacySection.Draw(result, Path.Combine(plots, "privacy.png")))
            figures.Add(("Test accuracy against ε (DP-FedAvg per user, DP-SGD per example) beside each federated model's non-private run", "plots/privacy.png"));
        if (EnergyPlot.Draw(result, Path.Combine(plots, "energy.png")))
            figures.Add(("Test accuracy against energy per run", "plots/energy.png"));
        if (NoisePlot.Draw(result, MetricNames.NoisyTestAccuracyPrefix, "test accuracy", Path.Combine(plots, "noise.png")))
            figures.Add(("Test accuracy of the trained models measured under noise", "plots/noise.png"));
        foreach (var run in result.Runs.Where(r => r.KernelMatrix is not null))
        {
            var file = $"kernel-{RunStore.FileName(run.Model, run.Seed).Replace(".json", ".png", StringComparison.Ordinal)}";
            ReportPlots.KernelHeatmap(run, Path.Combine(plots, file));
            figures.Add(($"Kernel matrix of {run.Model}", $"plots/{file}"));
        }
        // Decision regions of the best quantum and the best classical model, side by side.
        foreach (var kind in new[] { "quantum", "classical" })
        {
            var best = result.Runs.Where(r => r.Kind == kind && r.DecisionGrid is not null)
                .GroupBy(r => r.Model)
                .MaxBy(g => result.Runs.Where(r => r.Model == g.Key).Average(r => r.Metrics[MetricNames.TestAccuracy]));
            if (best is null) continue;
            var file = $"regions-{kind}.png";
            ReportPlots.DecisionRegions(best.First(), Path.Combine(plots, file));
            figures.Add(($"Decision regions of the best {kind} model ({best.Key})", $"plots/{file}"));
        }

        var path = Path.Combine(folder, ReportWriter.FileName);
        AtomicFile.WriteText(path, Render(result, figures, ReportText.Circuits(result, folder), search));
        return path;
    }

    /// <summary>The summary table printed after a run: one row per model, then the hyper-parameter search.</summary>
    public static string Table(ExperimentResult result) => SummaryTable.Render(SweepSelection.View(result)) + SweepReport.Text(result);

    /// <summary>The Markdown text of the report of <paramref name="result"/>, whose swept models are already replaced by
    /// their selections (<see cref="SweepSelection.View"/>); <paramref name="search"/> is the hyper-parameter search section.</summary>
    public static string Render(ExperimentResult result, IReadOnlyList<(string Title, string File)> figures, string circuits = "", string search = "")
    {
        var sb = new StringBuilder();
        var spec = result.Spec;
        var name = spec["name"]?.GetValue<string>() ?? "experiment";
        var groups = result.Runs.GroupBy(r => r.Model).ToList();
        var seeds = result.Runs.Select(r => r.Seed).Distinct().Count();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# {name}");
        sb.AppendLine();
        if (spec["description"]?.GetValue<string>() is { Length: > 0 } description) sb.AppendLine(description).AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"- dataset: `{spec["dataset"]?.ToJsonString()}`");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- {groups.Count} models × {seeds} seeds; every model of a seed sees the same split and preprocessing");
        sb.AppendLine(ReportText.Environment(result));
        sb.AppendLine();

        sb.AppendLine("## Accuracy");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Test accuracy: mean ± SD over {seeds} seed(s). {AccuracyInterval.Explanation}");
        sb.AppendLine();
        sb.AppendLine("| model | kind | test accuracy | 95% CI | train accuracy | balanced acc. | macro F1 | ROC AUC |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var g in groups)
        {
            var test = SampleSummary.Of(Metric(g, MetricNames.TestAccuracy));
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {g.Key} | {g.First().Kind} | {test.Mean:0.000} ± {test.StandardDeviation:0.000} | {AccuracyInterval.Cell(AccuracyInterval.Of([.. g]))} | {Metric(g, MetricNames.TrainAccuracy).Average():0.000} | {Metric(g, MetricNames.BalancedAccuracy).Average():0.000} | {Metric(g, MetricNames.F1).Average():0.000} | {Metric(g, MetricNames.RocAuc).Average():0.000} |");
        }
        sb.AppendLine();
        if (search.Length > 0)
        {
            sb.AppendLine("A swept model's row is, for each seed, its candidate selected by cross-validation on the training split (see [Hyper-parameter search](#hyper-parameter-search)).").AppendLine();
            sb.Append(search);
        }

        var classical = groups.Where(g => g.First().Kind == "classical").ToList();
        var quantum = groups.Where(g => g.First().Kind == "quantum").ToList();
        if (classical.Count > 0 && quantum.Count > 0)
        {
            var best = classical.MaxBy(g => Metric(g, MetricNames.TestAccuracy).Average())!;
            sb.AppendLine(CultureInfo.InvariantCulture, $"## Quantum models against the best classical one ({best.Key})");
            sb.AppendLine();
            sb.AppendLine("Paired t-test on test accuracy over seeds, and McNemar's exact test on the pooled test predictions (each test point of each seed is one pair). Small p-values mean the difference is unlikely to be chance.");
            sb.AppendLine();
            sb.AppendLine("| quantum model | mean difference | paired t | p (t-test) | discordant points | p (McNemar) |");
            sb.AppendLine("| --- | --- | --- | --- | --- | --- |");
            foreach (var q in quantum)
            {
                var pairs = q.Join(best, r => r.Seed, r => r.Seed, (a, b) => (Q: a, B: b)).ToList();
                if (pairs.Count == 0)
                {
                    // A shard can hold a quantum model and the best classical one for different seeds only.
                    sb.AppendLine(CultureInfo.InvariantCulture, $"| {q.Key} | — | — | — (no seed in common) | — | — |");
                    continue;
                }
                var t = HypothesisTests.PairedT(pairs.Select(p => p.Q.Metrics[MetricNames.TestAccuracy]).ToArray(), pairs.Select(p => p.B.Metrics[MetricNames.TestAccuracy]).ToArray());
                var qCorrect = pairs.SelectMany(p => p.Q.TestPredictions.Zip(p.Q.TestLabels, (x, y) => x == y)).ToArray();
                var bCorrect = pairs.SelectMany(p => p.B.TestPredictions.Zip(p.B.TestLabels, (x, y) => x == y)).ToArray();
                var m = HypothesisTests.McNemar(qCorrect, bCorrect);
                var diff = pairs.Average(p => p.Q.Metrics[MetricNames.TestAccuracy] - p.B.Metrics[MetricNames.TestAccuracy]);
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {q.Key} | {diff:+0.000;-0.000;0.000} | {Format(t.Statistic)} | {FormatP(t)} | {m.Note} | {FormatP(m)} |");
            }
            sb.AppendLine();
        }

        sb.Append(FairnessSection.Render(result));
        if (NoisePlot.Series(result, MetricNames.NoisyTestAccuracyPrefix).Count > 0)
        {
            sb.AppendLine("## Noise");
            sb.AppendLine();
            sb.AppendLine("Each trained model's test predictions measured again in Q# (shots, the model's shot count) with the simulator applying the noise after every gate. Level 0 is the same shot-based measurement without noise.");
            sb.AppendLine();
            sb.Append(NoisePlot.Table(result, MetricNames.NoisyTestAccuracyPrefix, "test accuracy"));
            sb.AppendLine();
        }

        sb.Append(FederatedSection.Render(result));
        sb.Append(PrivacySection.Render(result));
        sb.Append(EarlyStoppingSection.Render(result));
        sb.AppendLine("## Cost");
        sb.AppendLine();
        sb.AppendLine("Means per run. Runs of different models share the machine's cores, so times are comparable in order of magnitude, not to the percent.");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| model | fit s | predict s | circuit evaluations (training) | shots (training) | Q# runs (training) | {EnergyText.Headers} |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var g in groups)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {g.Key} | {Metric(g, MetricNames.FitSeconds).Average():0.00} | {Metric(g, MetricNames.PredictSeconds).Average():0.00} | {Metric(g, MetricNames.CircuitEvaluations).Average():0} | {(g.First().Kind == "quantum" ? Metric(g, MetricNames.Shots).Average().ToString("0", CultureInfo.InvariantCulture) + (Metric(g, MetricNames.Shots).Average() == 0 ? " (exact)" : "") : "—")} | {Metric(g, MetricNames.QSharpRuns).Average():0} | {EnergyText.Cells(g)} |");
        }
        sb.AppendLine();
        if (EnergyText.Note(result) is { Length: > 0 } note) sb.AppendLine(note).AppendLine();

        sb.Append(EngineSection.Render(result));
        sb.Append(circuits);
        sb.AppendLine("## Figures");
        sb.AppendLine();
        foreach (var (title, file) in figures.Where(f => !f.File.Contains("regions-", StringComparison.Ordinal)))
            sb.AppendLine(CultureInfo.InvariantCulture, $"![{title}]({file})").AppendLine();
        var regions = figures.Where(f => f.File.Contains("regions-", StringComparison.Ordinal)).ToList();
        if (regions.Count > 0)
        {
            // One Markdown line: viewers show the two images side by side.
            sb.AppendLine(string.Join(" ", regions.Select(r => $"![{r.Title}]({r.File})")));
            sb.AppendLine();
        }
        return sb.ToString();
    }

    // Results written before a metric existed lack it: they read as 0 rather than failing the whole report.
    private static double[] Metric(IEnumerable<RunRecord> runs, string name) => runs.Select(r => r.Metrics.GetValueOrDefault(name)).ToArray();

    private static string Format(double v) => double.IsNaN(v) ? "—" : v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string FormatP(TestResult r) =>
        double.IsNaN(r.PValue) ? $"— ({r.Note})" : r.PValue < 0.001 ? "< 0.001" : r.PValue.ToString("0.000", CultureInfo.InvariantCulture);
}
