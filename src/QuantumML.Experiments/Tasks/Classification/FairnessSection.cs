using System.Globalization;
using System.Text;
using QuantumML.Experiments.Results;
using QuantumML.Fairness;
using QuantumML.Statistics;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The report's fairness part: every model's accuracy, selection rate, TPR and FPR per group of the sensitive
/// feature, and its demographic-parity and equalized-odds differences, each with an interval over seeds; quantum and
/// classical models side by side.</summary>
public static class FairnessSection
{
    /// <summary>Every model's summary over its seeds, in the order models first appear (runs without groups left out).</summary>
    public static IReadOnlyList<(string Model, string Kind, FairnessSummary Summary)> Summaries(ExperimentResult result) =>
        result.Runs.Where(r => r.Fairness is not null).GroupBy(r => r.Model)
            .Where(g => g.Select(r => string.Join('\u0001', r.Fairness!.Groups)).Distinct().Count() == 1)
            .Select(g => (g.Key, g.First().Kind, FairnessSummary.Of(
                g.Select(r => new SeedPredictions(r.TestLabels, r.TestPredictions, r.Fairness!.Feature)).ToList(), g.First().Fairness!.PositiveClass)))
            .ToList();

    /// <summary>The Markdown section, or empty when no run has groups.</summary>
    public static string Render(ExperimentResult result)
    {
        var summaries = Summaries(result);
        if (summaries.Count == 0) return "";
        var first = result.Runs.First(r => r.Fairness is not null).Fairness!;
        var spec = result.Spec["fairness"];
        var planted = spec?["planted_gap"]?.GetValue<double>();
        var seeds = result.Runs.Select(r => r.Seed).Distinct().Count();
        var sb = new StringBuilder();
        sb.AppendLine("## Fairness");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Sensitive feature: `{first.Column}`{(planted is { } gap ? string.Create(CultureInfo.InvariantCulture, $", planted with a base-rate gap of {gap} (a sample of the favourable class is in group 1 with probability (1 + gap)/2, any other with (1 − gap)/2; the group is drawn from the label alone, so it says nothing about the features once the label is known)") : ", a column of the data")}; {(spec?["keep_as_feature"]?.GetValue<bool>() == true ? "the models see it as a feature" : "taken out of the features: the models never see it")}. Favourable class: label {first.PositiveClass}. Every metric is on the test split of each seed, mean over {seeds} seed(s) with a 95% percentile bootstrap interval over seeds (Fairlearn's definitions: selection rate = share predicted favourable; TPR and FPR among the truly favourable and unfavourable).");
        sb.AppendLine();
        sb.AppendLine("| model | kind | group | test samples | accuracy | selection rate | TPR | FPR |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (model, kind, summary) in summaries)
        {
            var runs = result.Runs.Where(r => r.Model == model && r.Fairness is not null).ToList();
            for (var g = 0; g < summary.Groups.Length; g++)
            {
                var group = summary.Groups[g];
                string Cell(string metric) => summary.ByGroup.FirstOrDefault(m => m.Metric == metric && m.Group == group) is { } m ? Interval(m.Interval) : "—";
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {model} | {kind} | {group} | {runs.Average(r => r.Fairness!.GroupCounts[g]):0.#} | {Cell("accuracy")} | {Cell("selection_rate")} | {Cell("true_positive_rate")} | {Cell("false_positive_rate")} |");
            }
        }
        sb.AppendLine();
        var two = summaries.All(s => s.Summary.Groups.Length == 2);
        sb.AppendLine(two
            ? "| model | kind | demographic-parity difference | equalized-odds difference | selection-rate gap (group 1 − group 0) | pooled gap (Newcombe) |"
            : "| model | kind | demographic-parity difference | equalized-odds difference |");
        sb.AppendLine(two ? "| --- | --- | --- | --- | --- | --- |" : "| --- | --- | --- | --- |");
        foreach (var (model, kind, summary) in summaries)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {model} | {kind} | {Optional(summary.DemographicParity)} | {Optional(summary.EqualizedOdds)} |");
            if (two) sb.Append(CultureInfo.InvariantCulture, $" {Optional(summary.SelectionRateGap, signed: true)} | {Optional(summary.PooledSelectionRateGap, signed: true)} |");
            sb.AppendLine();
        }
        sb.AppendLine();
        sb.AppendLine("The demographic-parity difference is the largest minus the smallest selection rate over the groups; the equalized-odds difference the larger of the TPR and FPR spreads (0: the model's errors do not depend on the group). Both are spreads, so above 0 on any finite test split even without bias: an interval excluding 0 is not evidence by itself. The signed gap is: an interval holding 0 is consistent with parity. The pooled gap pools every seed's test predictions (Newcombe's interval treats them as independent, which seeds only approximate). A planted base-rate gap shows, for an accurate model that never sees the group, as a demographic-parity difference near gap × (TPR − FPR) with an equalized-odds difference near 0: the predictions follow the labels, not the group.");
        sb.AppendLine();
        return sb.ToString();
    }

    private static string Interval(BoundedInterval i, bool signed = false) => signed
        ? string.Create(CultureInfo.InvariantCulture, $"{i.Estimate:+0.000;-0.000;0.000} [{i.Lower:+0.000;-0.000;0.000}, {i.Upper:+0.000;-0.000;0.000}]")
        : string.Create(CultureInfo.InvariantCulture, $"{i.Estimate:0.000} [{i.Lower:0.000}, {i.Upper:0.000}]");

    private static string Optional(BoundedInterval? i, bool signed = false) => i is null ? "—" : Interval(i, signed);
}
