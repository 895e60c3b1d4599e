using System.Globalization;
using System.Text;
using QuantumML.Experiments.Results;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The hyper-parameter search of a result's swept models: the cross-validation table (candidate, CV mean ± sd,
/// times selected) and the values selected per seed, as Markdown for the report and as text for the terminal.</summary>
public static class SweepReport
{
    /// <summary>The report's "Hyper-parameter search" section, or "" when no model was swept.</summary>
    public static string Markdown(ExperimentResult result)
    {
        var models = Models(result);
        if (models.Count == 0) return "";
        var sb = new StringBuilder();
        sb.AppendLine("## Hyper-parameter search").AppendLine();
        sb.AppendLine("Each candidate is scored by stratified k-fold cross-validation on the training split only: accuracy on each held-out fold, mean ± sample standard deviation over the folds. Per seed, the candidate with the highest mean is selected (ties: the lower standard deviation, then the earlier candidate), refitted on the whole training split, and scored once on the test split; that score is the model's result in the tables above. Test scores play no part in the selection.").AppendLine();
        foreach (var (model, choices) in models)
        {
            var first = choices[0].Candidates[0].Sweep!;
            var fields = first.Values.Keys.ToList();
            var seeds = choices.Select(c => c.Seed).ToList();
            var candidates = AllCandidates(choices);
            var folds = first.FoldAccuracies.Count;
            sb.AppendLine(CultureInfo.InvariantCulture, $"### {model}: {first.Method} search over {string.Join(", ", fields)}, {candidates.Count} candidates, {folds}-fold CV").AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"| candidate | {string.Join(" | ", fields)} | {string.Join(" | ", seeds.Select(s => $"CV accuracy, seed {s}"))} | mean CV | times selected |");
            sb.AppendLine(CultureInfo.InvariantCulture, $"| --- | {string.Join(" | ", fields.Select(_ => "---"))} | {string.Join(" | ", seeds.Select(_ => "---"))} | --- | --- |");
            foreach (var (name, sweep) in candidates)
            {
                var cells = choices.Select(c => c.Candidates.FirstOrDefault(r => r.Model == name) is { } run
                    ? ReferenceEquals(run, c.Selected) ? $"**{Cv(run)}**" : Cv(run)
                    : "—");
                var means = choices.SelectMany(c => c.Candidates.Where(r => r.Model == name)).Select(r => r.Metrics[MetricNames.CvAccuracy]).ToList();
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {name} | {string.Join(" | ", fields.Select(f => SweepCandidate.ValueLabel(sweep.Values[f])))} | {string.Join(" | ", cells)} | {(means.Count == 0 ? "—" : means.Average().ToString("0.000", CultureInfo.InvariantCulture))} | {choices.Count(c => c.Selected.Model == name)} of {choices.Count} |");
            }
            sb.AppendLine();
            sb.AppendLine("Selected per seed (bold above):").AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"| seed | selected candidate | {string.Join(" | ", fields)} | CV accuracy | test accuracy |");
            sb.AppendLine(CultureInfo.InvariantCulture, $"| --- | --- | {string.Join(" | ", fields.Select(_ => "---"))} | --- | --- |");
            foreach (var c in choices)
            {
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {c.Seed} | {c.Selected.Model} | {string.Join(" | ", fields.Select(f => SweepCandidate.ValueLabel(c.Selected.Sweep!.Values[f])))} | {Cv(c.Selected)} | {c.Selected.Metrics[MetricNames.TestAccuracy]:0.000} |");
            }
            sb.AppendLine();
            foreach (var c in choices.Where(c => c.Candidates.Count < first.Candidates))
                sb.AppendLine(CultureInfo.InvariantCulture, $"- seed {c.Seed}: only {c.Candidates.Count} of {first.Candidates} candidates are in these results (a shard or an unfinished run); its selection is among those.");
            var fits = choices.Average(c => c.Candidates.Count * (folds + 1.0));
            var seconds = choices.Average(c => c.Candidates.Sum(r => r.Metrics[MetricNames.CvSeconds] + r.Metrics[MetricNames.FitSeconds]));
            var circuits = choices.Average(c => c.Candidates.Sum(r => r.Metrics[MetricNames.CvCircuitEvaluations] + r.Metrics[MetricNames.CircuitEvaluations]));
            sb.AppendLine(CultureInfo.InvariantCulture, $"- search cost per seed (mean): {fits:0} fits (every candidate on {folds} folds, and refitted once), {seconds:0.0} s of fitting and predicting, {circuits:0} circuit evaluations; the cost table above counts only the selected candidate's refit.");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>The printed table after a run: per swept model, each candidate's CV score (means over seeds) and how
    /// often it was selected, then the selected candidate of each seed; "" when no model was swept.</summary>
    public static string Text(ExperimentResult result)
    {
        var models = Models(result);
        if (models.Count == 0) return "";
        var sb = new StringBuilder();
        foreach (var (model, choices) in models)
        {
            var candidates = AllCandidates(choices);
            var first = choices[0].Candidates[0].Sweep!;
            var width = Math.Max(9, candidates.Max(c => c.Name.Length));
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"{model}: {first.Method} search, {first.FoldAccuracies.Count}-fold CV on the training split; selected per seed by CV mean, never by test");
            sb.AppendLine(CultureInfo.InvariantCulture, $"{"candidate".PadRight(width)}  {"cv acc (mean ± sd)",18}  {"selected",8}");
            foreach (var (name, _) in candidates)
            {
                var runs = choices.SelectMany(c => c.Candidates.Where(r => r.Model == name)).ToList();
                var cell = runs.Count == 0 ? "—" : $"{runs.Average(r => r.Metrics[MetricNames.CvAccuracy]):0.000} ± {runs.Average(r => r.Metrics[MetricNames.CvAccuracySd]):0.000}";
                sb.AppendLine(CultureInfo.InvariantCulture, $"{name.PadRight(width)}  {cell,18}  {$"{choices.Count(c => c.Selected.Model == name)}/{choices.Count}",8}");
            }
            foreach (var c in choices)
            {
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"seed {c.Seed}: selected {c.Selected.Model} (cv {c.Selected.Metrics[MetricNames.CvAccuracy]:0.000}, test {c.Selected.Metrics[MetricNames.TestAccuracy]:0.000})");
            }
        }
        return sb.ToString();
    }

    private static List<(string Model, List<SweepSelection.Choice> Choices)> Models(ExperimentResult result) =>
        SweepSelection.Choose(result).GroupBy(c => c.Model).Select(g => (g.Key, g.ToList())).ToList();

    /// <summary>Every candidate seen for any seed, in sweep order.</summary>
    private static List<(string Name, SweepRecord Sweep)> AllCandidates(IEnumerable<SweepSelection.Choice> choices) =>
        choices.SelectMany(c => c.Candidates).DistinctBy(r => r.Model).OrderBy(r => r.Sweep!.Candidate).Select(r => (r.Model, r.Sweep!)).ToList();

    private static string Cv(RunRecord run) => string.Create(CultureInfo.InvariantCulture,
        $"{run.Metrics[MetricNames.CvAccuracy]:0.000} ± {run.Metrics[MetricNames.CvAccuracySd]:0.000}");
}
