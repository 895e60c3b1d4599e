using System.Globalization;
using System.Text;
using QuantumML.Experiments.Results;
using QuantumML.Statistics;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The report's early-stopping table: per model, epochs trained, the best epoch and how often training stopped early.</summary>
public static class EarlyStoppingSection
{
    /// <summary>The Markdown section, or empty when no run used early stopping.</summary>
    public static string Render(ExperimentResult result)
    {
        var groups = result.Runs.Where(r => r.Metrics.ContainsKey(MetricNames.BestEpoch)).GroupBy(r => r.Model).ToList();
        if (groups.Count == 0) return "";
        var sb = new StringBuilder();
        sb.AppendLine("## Early stopping");
        sb.AppendLine();
        sb.AppendLine("Training stopped when the loss on a validation split (carved, stratified, from the training split; never the test split) had not improved for `patience` epochs; the final parameters are the best epoch's unless `restore_best` is false. Means over seeds, with the range.");
        sb.AppendLine();
        sb.AppendLine("| model | epochs trained | best epoch | stopped early | best validation loss |");
        sb.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var g in groups)
        {
            var trained = g.Select(r => r.Metrics[MetricNames.EpochsTrained]).ToArray();
            var best = g.Select(r => r.Metrics[MetricNames.BestEpoch]).ToArray();
            var loss = SampleSummary.Of(g.Select(r => r.Epochs.Where(e => !double.IsNaN(e.ValidationLoss)).Select(e => e.ValidationLoss).DefaultIfEmpty(double.NaN).Min()).ToArray());
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {g.Key} | {trained.Average():0.0} [{trained.Min():0}, {trained.Max():0}] | {best.Average():0.0} [{best.Min():0}, {best.Max():0}] | {g.Count(r => r.Metrics.GetValueOrDefault(MetricNames.StoppedEarly) == 1)} of {g.Count()} | {loss.Mean:0.0000} |");
        }
        sb.AppendLine();
        return sb.ToString();
    }
}
