using System.Globalization;
using System.Text;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Optimization;
using QuantumML.IO;
using QuantumML.Statistics;

namespace QuantumML.Experiments.Tasks.Graph;

/// <summary>The report of a graph experiment: agreement of each method's communities with the known classes and their
/// modularity (means and 95% intervals over seeds), the GCN's accuracy on held-out nodes and its training curves, the
/// spectra, the QUBO solvers' and QAOA's results against the exact optimum, and drawings of the communities.</summary>
public static class GraphReport
{
    /// <summary>One row per job.</summary>
    public static string Table(ExperimentResult result) => ReportText.JobTable(result,
        $"{"seeds",5}  {"ARI",13}  {"NMI",6}  {"wrong",5}  {"modularity",10}  {"test acc.",13}  {"fit s",6}",
        g => $"{g.Count(),5}  {MeanSd(g, GraphMetrics.Ari),13}  {Mean(g, GraphMetrics.Nmi, "0.000"),6}  {Mean(g, GraphMetrics.Misassigned, "0.0"),5}  {Mean(g, GraphMetrics.Modularity, "0.000"),10}  {MeanSd(g, MetricNames.TestAccuracy),13}  {Mean(g, MetricNames.FitSeconds, "0.00"),6}");

    /// <summary>Writes <c>report.md</c> and its plots; returns the report's path.</summary>
    public static string Write(string folder, ExperimentResult result)
    {
        var plots = Path.Combine(folder, "plots");
        Directory.CreateDirectory(plots);
        var figures = new List<(string Title, string File)>();
        var instances = result.Runs.Select(r => r.Instance ?? "").Distinct().ToList();
        foreach (var instance in Drawn(instances))
        {
            var firsts = result.Runs.Where(r => (r.Instance ?? "") == instance && r.Communities is not null).GroupBy(r => r.Model).Select(g => g.OrderBy(r => r.Seed).First()).ToList();
            if (!firsts.Any(r => r.Communities!.Graph is not null)) continue;
            var file = $"communities-{Slug(instance)}.png";
            GraphDrawing.Draw(instance, firsts, Path.Combine(plots, file));
            figures.Add(($"Communities on {instance}, first seed (red rings: nodes not in their class's community; squares: labelled nodes)", $"plots/{file}"));
        }
        // A sweep shows the curves of its last graph (the clearest communities) only.
        var sweep = result.Runs.Any(r => r.Metrics.ContainsKey(GraphMetrics.Ratio));
        foreach (var instance in sweep ? instances.TakeLast(1) : instances)
        {
            var gcn = result.Runs.Where(r => (r.Instance ?? "") == instance && r.Epochs.Count > 0).GroupBy(r => r.Model).ToList();
            if (gcn.Count == 0) continue;
            var file = $"gcn-{Slug(instance)}.png";
            GraphPlots.GcnCurves(instance, gcn, Path.Combine(plots, file));
            figures.Add(($"GCN training on {instance}", $"plots/{file}"));
        }
        var spectra = result.Runs.Where(r => r.Metrics.ContainsKey(GraphMetrics.EigenGap)).GroupBy(r => r.Instance).Select(g => g.OrderBy(r => r.Seed).First()).ToList();
        if (spectra.Count > 0)
        {
            GraphPlots.Spectra(spectra, Path.Combine(plots, "spectrum.png"));
            figures.Add(("Spectrum of the normalized Laplacian", "plots/spectrum.png"));
        }
        if (sweep && result.Runs.Any(r => r.Metrics.ContainsKey(GraphMetrics.Ari)))
        {
            GraphPlots.Sweep(result, Path.Combine(plots, "sweep.png"));
            figures.Insert(0, ("Adjusted Rand index against the in/out edge-probability ratio", "plots/sweep.png"));
        }
        var path = Path.Combine(folder, ReportWriter.FileName);
        AtomicFile.WriteText(path, Render(result, figures, ReportText.Circuits(result, folder)));
        return path;
    }

    /// <summary>The Markdown text of the report.</summary>
    public static string Render(ExperimentResult result, IReadOnlyList<(string Title, string File)> figures, string circuits = "")
    {
        var sb = new StringBuilder();
        ReportText.Title(sb, result, "graph");
        var seeds = result.Runs.Select(r => r.Seed).Distinct().Count();
        foreach (var g in result.Runs.Where(r => r.Communities?.Graph is not null).GroupBy(r => r.Instance).Select(g => g.First()))
        {
            var graph = g.Communities!.Graph!;
            var classes = graph.LabelNames is { } names ? $"{names.Length} classes ({string.Join(", ", names.Select(n => $"{n}: {graph.Labels!.Count(l => names[l] == n)}"))})" : "no known classes";
            var drawn = g.Metrics.ContainsKey(GraphMetrics.MeanDegree) ? string.Create(CultureInfo.InvariantCulture, $"; a stochastic block model drawn anew for each seed, mean degree {g.Metrics[GraphMetrics.MeanDegree]:0.##}, p_in/p_out = {g.Metrics.GetValueOrDefault(GraphMetrics.Ratio):0.##}; figures as of the first seed") : "";
            sb.AppendLine(CultureInfo.InvariantCulture, $"- graph {g.Instance}: {graph.Nodes} nodes, {graph.Sources.Length} edges, {classes}{drawn}");
        }
        sb.AppendLine(CultureInfo.InvariantCulture, $"- {result.Runs.Select(r => r.Group).Distinct().Count()} method(s) × {seeds} seed(s)");
        sb.AppendLine(ReportText.Environment(result)).AppendLine();

        sb.AppendLine("## Communities").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Each method's partition of the nodes against the known classes: adjusted Rand index (1 = the classes exactly, about 0 = chance), normalized mutual information, and *wrong*, the nodes outside their class's community under the best matching of communities to classes; then Newman's modularity of the partition on the whole graph (the GCN's partition is its predicted classes). Mean over seeds with a 95% percentile bootstrap interval over the {seeds} seeds, which stays inside the metric's range (ARI in [−1, 1], modularity in [−½, 1]) but is narrow with few seeds.").AppendLine();
        sb.AppendLine("| graph | method | kind | ARI | 95% CI | NMI | wrong | modularity | 95% CI | communities | fit s |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var g in result.Runs.GroupBy(r => r.Model))
        {
            var first = g.First();
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {first.Instance} | {first.Group} | {first.Kind} | {Mean(g, GraphMetrics.Ari, "0.000")} | {Interval(g, GraphMetrics.Ari, -1, 1)} | {Mean(g, GraphMetrics.Nmi, "0.000")} | {Mean(g, GraphMetrics.Misassigned, "0.0")} | {Mean(g, GraphMetrics.Modularity, "0.000")} | {Interval(g, GraphMetrics.Modularity, -0.5, 1)} | {Mean(g, GraphMetrics.CommunityCount, "0.#")} | {Mean(g, MetricNames.FitSeconds, "0.00")} |");
        }
        sb.AppendLine();
        Gcn(sb, result);
        Spectral(sb, result);
        Solvers(sb, result);
        Sweep(sb, result);
        sb.Append(EnergyText.Section(result));
        sb.Append(EngineSection.Render(result));
        sb.Append(circuits);
        ReportText.Figures(sb, figures);
        return sb.ToString();
    }

    private static void Gcn(StringBuilder sb, ExperimentResult result)
    {
        var gcn = result.Runs.Where(r => r.Metrics.ContainsKey(MetricNames.TestAccuracy)).GroupBy(r => r.Model).ToList();
        if (gcn.Count == 0) return;
        sb.AppendLine("## Node classification (GCN)").AppendLine();
        sb.AppendLine("Two-layer graph convolutional network trained on the labelled nodes only; accuracy on all the other (held-out) nodes after the last epoch, with a 95% percentile bootstrap interval over seeds. *Labelled* lists the training nodes of the first seeds (drawn per seed unless the spec fixes them).").AppendLine();
        sb.AppendLine("| graph | method | labelled | test accuracy | 95% CI | train accuracy | epochs |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var g in gcn)
        {
            var first = g.First();
            var labelled = string.Join("; ", g.Take(3).Select(r => string.Join(",", r.Communities?.LabelledNodes ?? []))) + (g.Count() > 3 ? "; …" : "");
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {first.Instance} | {first.Group} | {labelled} | {MeanSd(g, MetricNames.TestAccuracy)} | {Interval(g, MetricNames.TestAccuracy, 0, 1)} | {Mean(g, MetricNames.TrainAccuracy, "0.000")} | {first.Epochs.Count} |");
        }
        sb.AppendLine();
    }

    private static void Spectral(StringBuilder sb, ExperimentResult result)
    {
        var spectral = result.Runs.Where(r => r.Metrics.ContainsKey(GraphMetrics.EigenGap)).GroupBy(r => r.Model).ToList();
        if (spectral.Count == 0) return;
        sb.AppendLine("## Spectral clustering").AppendLine();
        sb.AppendLine("Smallest eigenvalues λ₁ ≤ λ₂ ≤ … of the normalized Laplacian (mean over seeds) and the eigen-gap λ_{k+1} − λ_k after the k used: a large gap says the graph has k clear communities.").AppendLine();
        sb.AppendLine("| graph | method | k | λ₁ … λ₅ | eigen-gap |");
        sb.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var g in spectral)
        {
            var lambdas = Enumerable.Range(0, 5).Select(i => GraphMetrics.EigenvaluePrefix + i.ToString(CultureInfo.InvariantCulture)).Where(k => g.All(r => r.Metrics.ContainsKey(k)))
                .Select(k => g.Average(r => r.Metrics[k]).ToString("0.000", CultureInfo.InvariantCulture));
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {g.First().Instance} | {g.First().Group} | {Mean(g, GraphMetrics.CommunityCount, "0.#")} | {string.Join(", ", lambdas)} | {MeanSd(g, GraphMetrics.EigenGap)} |");
        }
        sb.AppendLine();
    }

    private static void Solvers(StringBuilder sb, ExperimentResult result)
    {
        var solvers = result.Runs.Where(r => r.Metrics.ContainsKey(OptimizationMetrics.Variables)).GroupBy(r => r.Model).ToList();
        if (solvers.Count == 0) return;
        sb.AppendLine("## Community detection as a QUBO").AppendLine();
        sb.AppendLine("Two communities as an Ising problem, one spin per node or, with `coarsen_to`, per super-node of a coarsened graph (the energy is then exactly minus the modularity of the lifted split). *Optimum* is the best modularity of that problem by exhaustive search (up to 20 variables): on a coarsened graph it is the ceiling the coarsening leaves. *Reached* counts the seeds whose split has that modularity. QAOA's assignment is the best of 1000 samples of the optimized state; its ratio is the exact ⟨Q⟩ over the optimum, with the probability of measuring an optimal split in brackets, beside that of a uniformly random guess (optimal splits / 2ⁿ).").AppendLine();
        var depths = solvers.SelectMany(g => g.SelectMany(r => r.Metrics.Keys)).Where(k => k.StartsWith(OptimizationMetrics.QaoaRatioPrefix, StringComparison.Ordinal))
            .Select(k => int.Parse(k[OptimizationMetrics.QaoaRatioPrefix.Length..], CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        string[] header = ["graph", "method", "variables", "modularity (best / mean)", "optimum", "reached", "cut (balanced-min-cut)", .. depths.Select(p => $"QAOA p = {p}"), .. depths.Count > 0 ? new[] { "uniform guess", "circuits" } : []];
        sb.AppendLine("| " + string.Join(" | ", header) + " |");
        sb.AppendLine("|" + string.Concat(header.Select(_ => " --- |")));
        foreach (var g in solvers)
        {
            var first = g.First();
            var q = g.Select(r => r.Metrics[GraphMetrics.Modularity]).ToArray();
            var exact = g.All(r => r.Metrics.ContainsKey(GraphMetrics.OptimumModularity));
            var cells = new List<string>
            {
                first.Instance ?? "",
                first.Group ?? first.Model,
                first.Metrics[OptimizationMetrics.Variables].ToString("0", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{q.Max():0.000} / {q.Average():0.000}"),
                exact ? g.Average(r => r.Metrics[GraphMetrics.OptimumModularity]).ToString("0.000", CultureInfo.InvariantCulture) : "—",
                exact ? $"{g.Count(r => r.Metrics[GraphMetrics.Modularity] >= r.Metrics[GraphMetrics.OptimumModularity] - 1e-9)}/{g.Count()}" : "—",
                g.All(r => r.Metrics.ContainsKey(GraphMetrics.Cut)) ? string.Create(CultureInfo.InvariantCulture, $"{g.Average(r => r.Metrics[GraphMetrics.Cut]):0.#} (imbalance {g.Average(r => r.Metrics[GraphMetrics.Imbalance]):0.#})") : "—",
            };
            cells.AddRange(depths.Select(p => g.All(r => r.Metrics.ContainsKey(OptimizationMetrics.QaoaRatioPrefix + p))
                ? string.Create(CultureInfo.InvariantCulture, $"{g.Average(r => r.Metrics[OptimizationMetrics.QaoaRatioPrefix + p]):0.000} ({g.Average(r => r.Metrics[OptimizationMetrics.QaoaOptimalProbabilityPrefix + p]):0.000})")
                : "—"));
            if (depths.Count > 0)
            {
                cells.Add(g.All(r => r.Metrics.ContainsKey(GraphMetrics.UniformOptimalProbability)) ? string.Create(CultureInfo.InvariantCulture, $"({g.Average(r => r.Metrics[GraphMetrics.UniformOptimalProbability]):0.0000})") : "—");
                cells.Add(Mean(g, MetricNames.CircuitEvaluations, "0"));
            }
            sb.AppendLine("| " + string.Join(" | ", cells) + " |");
        }
        sb.AppendLine();
    }

    private static void Sweep(StringBuilder sb, ExperimentResult result)
    {
        var runs = result.Runs.Where(r => r.Metrics.ContainsKey(GraphMetrics.Ratio) && r.Metrics.ContainsKey(GraphMetrics.Ari)).ToList();
        if (runs.Count == 0) return;
        var methods = runs.Select(r => r.Group ?? r.Model).Distinct().ToList();
        sb.AppendLine("## ARI against p_in / p_out").AppendLine();
        sb.AppendLine("Mean adjusted Rand index over seeds (each seed its own graph) at each ratio of the in-block to the between-block edge probability, at a fixed mean degree.").AppendLine();
        sb.AppendLine("| p_in / p_out | " + string.Join(" | ", methods) + " |");
        sb.AppendLine("| --- | " + string.Join(" | ", methods.Select(_ => "---")) + " |");
        foreach (var ratio in runs.GroupBy(r => r.Metrics[GraphMetrics.Ratio]).OrderBy(g => g.Key))
        {
            var cells = methods.Select(m => ratio.Where(r => (r.Group ?? r.Model) == m).ToList()).Select(rs => rs.Count == 0 ? "—" : rs.Average(r => r.Metrics[GraphMetrics.Ari]).ToString("0.000", CultureInfo.InvariantCulture));
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {ratio.Key:0.##} | {string.Join(" | ", cells)} |");
        }
        sb.AppendLine();
    }

    // A sweep of many graphs draws three: the first, the middle and the last.
    private static List<string> Drawn(List<string> instances) =>
        instances.Count <= 3 ? instances : [instances[0], instances[instances.Count / 2], instances[^1]];

    private static string Slug(string instance) => RunStore.FileName(instance, 0).Replace(".seed0.json", "", StringComparison.Ordinal);

    private static string Mean(IEnumerable<RunRecord> runs, string key, string format)
    {
        var values = runs.Where(r => r.Metrics.ContainsKey(key)).Select(r => r.Metrics[key]).ToList();
        return values.Count == 0 ? "—" : values.Average().ToString(format, CultureInfo.InvariantCulture);
    }

    private static string MeanSd(IEnumerable<RunRecord> runs, string key)
    {
        var values = runs.Where(r => r.Metrics.ContainsKey(key)).Select(r => r.Metrics[key]).ToList();
        if (values.Count == 0) return "—";
        var s = SampleSummary.Of(values);
        return string.Create(CultureInfo.InvariantCulture, $"{s.Mean:0.000} ± {s.StandardDeviation:0.000}");
    }

    /// <summary>A seed bootstrap of the mean, which stays in the metric's range [<paramref name="minimum"/>, <paramref name="maximum"/>]
    /// (a Student-t interval of a few seeds near a bound runs past it).</summary>
    private static string Interval(IEnumerable<RunRecord> runs, string key, double minimum, double maximum)
    {
        var values = runs.Where(r => r.Metrics.ContainsKey(key)).Select(r => Math.Clamp(r.Metrics[key], minimum, maximum)).ToList();
        if (values.Count < 2) return "—";
        var s = BootstrapInterval.OfMean(values, 0.95, 4000, 0, minimum, maximum);
        return string.Create(CultureInfo.InvariantCulture, $"[{s.Lower:0.000}, {s.Upper:0.000}]");
    }
}
