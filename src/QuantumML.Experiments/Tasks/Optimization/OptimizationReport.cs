using System.Globalization;
using System.Text;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.IO;
using QuantumML.Statistics;
using ScottPlot;

namespace QuantumML.Experiments.Tasks.Optimization;

/// <summary>The report of an optimization experiment: best and mean objective per solver and instance, gap to the
/// reference, time to reach it, raw speed, QAOA's ratios by depth, and best-so-far traces.</summary>
public static class OptimizationReport
{
    /// <summary>One row per job.</summary>
    public static string Table(ExperimentResult result) => ReportText.JobTable(result,
        $"{"seeds",5}  {"best",10}  {"mean",12}  {"reference",10}  {"gap %",7}  {"reached",7}  {"t(ref) s",9}  {"wall s",7}",
        g =>
        {
            var values = g.Select(r => r.Metrics[OptimizationMetrics.Value]).ToArray();
            return $"{g.Count(),5}  {(Maximize(g) ? values.Max() : values.Min()),10:0.###}  {values.Average(),12:0.###}  {Reference(g),10}  {Gap(g),7}  {Reached(g),7}  {TimeToReference(g),9}  {g.Average(r => r.Metrics[OptimizationMetrics.WallSeconds]),7:0.00}";
        });

    /// <summary>Writes <c>report.md</c> and its plots; returns the report's path.</summary>
    public static string Write(string folder, ExperimentResult result)
    {
        var plots = Path.Combine(folder, "plots");
        Directory.CreateDirectory(plots);
        var figures = new List<(string Title, string File)>();
        var instances = result.Runs.Select(r => r.Instance ?? "").Distinct().ToList();
        foreach (var instance in instances.Take(6))
        {
            var runs = result.Runs.Where(r => (r.Instance ?? "") == instance && r.Kind == "classical" && r.Trace is { Count: > 0 }).ToList();
            if (runs.Count == 0) continue;
            var file = $"trace-{RunStore.FileName(instance, 0).Replace(".seed0.json", ".png", StringComparison.Ordinal)}";
            Traces(instance, runs, Path.Combine(plots, file));
            figures.Add(($"Best value found against time on {instance}", $"plots/{file}"));
        }
        if (result.Runs.Any(r => r.Metrics.ContainsKey(OptimizationMetrics.QaoaRatioPrefix + "1")))
        {
            QaoaRatios(result, Path.Combine(plots, "qaoa-ratios.png"));
            figures.Add(("QAOA approximation ratio against depth", "plots/qaoa-ratios.png"));
        }
        var path = Path.Combine(folder, ReportWriter.FileName);
        AtomicFile.WriteText(path, Render(result, figures, ReportText.Circuits(result, folder)));
        return path;
    }

    /// <summary>The Markdown text of the report.</summary>
    public static string Render(ExperimentResult result, IReadOnlyList<(string Title, string File)> figures, string circuits = "")
    {
        var sb = new StringBuilder();
        ReportText.Title(sb, result, "optimization");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- {result.Runs.Select(r => r.Instance).Distinct().Count()} instance(s), {result.Runs.Select(r => r.Group).Distinct().Count()} solver(s), {result.Runs.Select(r => r.Seed).Distinct().Count()} seed(s)");
        sb.AppendLine(ReportText.Environment(result)).AppendLine();
        sb.AppendLine("## Solvers").AppendLine();
        sb.AppendLine("Value: the cut for MaxCut instances (higher is better), the energy otherwise (lower is better). The reference is the best-known value given in the spec, or the exact optimum by exhaustive search (marked *exact*). Gap is in percent of the reference, mean over seeds; *reached* counts the seeds that found the reference; t(ref) is the median time to first reach it over those seeds; TTS99 is the time to solution at 99% confidence over a solver's independent reads (p = fraction of reads that reached the reference).").AppendLine();
        sb.AppendLine("| instance | solver | best | mean ± sd | reference | gap % | reached | t(ref) s | TTS99 s | speed (per s per thread) | wall s |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var g in result.Runs.GroupBy(r => r.Model))
        {
            var values = SampleSummary.Of(g.Select(r => r.Metrics[OptimizationMetrics.Value]).ToArray());
            var first = g.First();
            var best = Maximize(g) ? g.Max(r => r.Metrics[OptimizationMetrics.Value]) : g.Min(r => r.Metrics[OptimizationMetrics.Value]);
            var exact = first.Metrics.GetValueOrDefault(OptimizationMetrics.ReferenceIsExact) == 1 ? " *exact*" : "";
            var speed = first.Kind == "quantum" ? "—" : g.Average(r => r.Metrics.GetValueOrDefault(OptimizationMetrics.WorkPerSecondPerThread)).ToString("0.00e+0", CultureInfo.InvariantCulture);
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {first.Instance} | {first.Group} | {best:0.###} | {values.Mean:0.###} ± {values.StandardDeviation:0.###} | {Reference(g)}{exact} | {Gap(g)} | {Reached(g)} | {TimeToReference(g)} | {Tts(g)} | {speed} | {g.Average(r => r.Metrics[OptimizationMetrics.WallSeconds]):0.00} |");
        }
        sb.AppendLine();
        var qaoa = result.Runs.Where(r => r.Metrics.ContainsKey(OptimizationMetrics.QaoaRatioPrefix + "1")).GroupBy(r => r.Model).ToList();
        if (qaoa.Count > 0)
        {
            var depths = qaoa.SelectMany(g => g.SelectMany(r => r.Metrics.Keys)).Where(k => k.StartsWith(OptimizationMetrics.QaoaRatioPrefix, StringComparison.Ordinal))
                .Select(k => int.Parse(k[OptimizationMetrics.QaoaRatioPrefix.Length..], CultureInfo.InvariantCulture)).Distinct().Order().ToList();
            sb.AppendLine("## QAOA").AppendLine();
            sb.AppendLine("Approximation ratio ⟨C⟩ / C_opt of the optimized state (exact expectation from state dumps; for MaxCut the expected cut over the maximum cut), and in brackets the probability of measuring an optimal assignment. Mean over seeds.").AppendLine();
            sb.AppendLine("| instance | solver | " + string.Join(" | ", depths.Select(p => $"p = {p}")) + " | circuits |");
            sb.AppendLine("| --- | --- | " + string.Join(" | ", depths.Select(_ => "---")) + " | --- |");
            foreach (var g in qaoa)
            {
                var cells = depths.Select(p => g.All(r => r.Metrics.ContainsKey(OptimizationMetrics.QaoaRatioPrefix + p))
                    ? string.Create(CultureInfo.InvariantCulture, $"{g.Average(r => r.Metrics[OptimizationMetrics.QaoaRatioPrefix + p]):0.0000} ({g.Average(r => r.Metrics[OptimizationMetrics.QaoaOptimalProbabilityPrefix + p]):0.000})")
                    : "—");
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {g.First().Instance} | {g.First().Group} | {string.Join(" | ", cells)} | {g.Average(r => r.Metrics.GetValueOrDefault(MetricNames.CircuitEvaluations)):0} |");
            }
            sb.AppendLine();
        }
        sb.Append(EnergyText.Section(result));
        sb.Append(EngineSection.Render(result));
        sb.Append(circuits);
        ReportText.Figures(sb, figures);
        return sb.ToString();
    }

    /// <summary>Best-so-far against time, both on log scales: the gap to the reference in percent when there is one
    /// (the last 0.1% is what separates solvers), else the value itself. One line per solver, its first seed.</summary>
    private static void Traces(string instance, List<RunRecord> runs, string path)
    {
        const double floor = 1e-3;
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var hasReference = runs[0].Metrics.TryGetValue(OptimizationMetrics.Reference, out var reference) && reference != 0;
        var maximize = Maximize(runs);
        double Y(double value) => hasReference
            ? Math.Log10(Math.Max(floor, 100 * (maximize ? reference - value : value - reference) / Math.Abs(reference)))
            : value;
        var solvers = runs.GroupBy(r => r.Group ?? r.Model).ToList();
        for (var s = 0; s < solvers.Count; s++)
        {
            var run = solvers[s].First();
            var points = run.Trace!;
            // Best-so-far is a step function: hold each value until the next improvement, and to the end of the run.
            var xs = new List<double>();
            var ys = new List<double>();
            for (var i = 0; i < points.Count; i++)
            {
                var until = i + 1 < points.Count ? points[i + 1].Seconds : run.Metrics[OptimizationMetrics.WallSeconds];
                xs.Add(Math.Log10(Math.Max(1e-5, points[i].Seconds)));
                xs.Add(Math.Log10(Math.Max(1e-5, until)));
                ys.Add(Y(points[i].Value));
                ys.Add(Y(points[i].Value));
            }
            var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
            line.Color = palette.GetColor(s);
            line.LineWidth = 2;
            // A solver that reports once, at the end, is a single point: draw it as a marker.
            line.MarkerSize = points.Count == 1 ? 8 : 0;
            line.LegendText = $"{solvers[s].Key} (seed {run.Seed})";
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = x => $"1e{x:0}", IntegerTicksOnly = true };
        if (hasReference)
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = y => y <= Math.Log10(floor) + 1e-9 ? "reached" : $"{Math.Pow(10, y):0.###}%", IntegerTicksOnly = true };
            var kind = runs[0].Metrics.GetValueOrDefault(OptimizationMetrics.ReferenceIsExact) == 1 ? "the optimum" : "the best-known value";
            plot.Title(string.Create(CultureInfo.InvariantCulture, $"{instance}: gap to {kind} ({reference:0.###}) against time"));
            plot.YLabel("gap (log scale; bottom = reached)");
        }
        else
        {
            plot.Title($"{instance}: best value so far against time");
            plot.YLabel("best value");
        }
        plot.XLabel("seconds (log scale)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, ReportPlots.Width, ReportPlots.Height);
    }

    private static void QaoaRatios(ExperimentResult result, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var groups = result.Runs.Where(r => r.Metrics.ContainsKey(OptimizationMetrics.QaoaRatioPrefix + "1")).GroupBy(r => r.Model).ToList();
        for (var g = 0; g < groups.Count; g++)
        {
            var depths = Enumerable.Range(1, 20).Where(p => groups[g].All(r => r.Metrics.ContainsKey(OptimizationMetrics.QaoaRatioPrefix + p))).ToArray();
            var line = plot.Add.Scatter(depths.Select(p => (double)p).ToArray(), depths.Select(p => groups[g].Average(r => r.Metrics[OptimizationMetrics.QaoaRatioPrefix + p])).ToArray());
            line.Color = palette.GetColor(g);
            line.MarkerSize = 8;
            line.LegendText = groups[g].First().Instance ?? groups[g].Key;
        }
        var farhi = plot.Add.HorizontalLine(0.6924);
        farhi.LinePattern = LinePattern.Dashed;
        farhi.Color = Colors.Gray;
        farhi.LegendText = "0.6924 (p = 1 bound, 3-regular)";
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Title("QAOA: approximation ratio against depth p (mean over seeds)");
        plot.XLabel("depth p");
        plot.YLabel("⟨C⟩ / C_opt");
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, ReportPlots.Width, ReportPlots.Height);
    }

    private static bool Maximize(IEnumerable<RunRecord> runs) => runs.First().Metrics.GetValueOrDefault(OptimizationMetrics.Maximize) == 1;

    private static string Reference(IEnumerable<RunRecord> runs) =>
        runs.First().Metrics.TryGetValue(OptimizationMetrics.Reference, out var r) ? r.ToString("0.###", CultureInfo.InvariantCulture) : "—";

    private static string Gap(IEnumerable<RunRecord> runs)
    {
        var gaps = runs.Where(r => r.Metrics.ContainsKey(OptimizationMetrics.GapPercent)).Select(r => r.Metrics[OptimizationMetrics.GapPercent]).ToList();
        return gaps.Count == 0 ? "—" : gaps.Average().ToString("0.###", CultureInfo.InvariantCulture);
    }

    private static string Reached(IEnumerable<RunRecord> runs)
    {
        var list = runs.ToList();
        if (!list[0].Metrics.ContainsKey(OptimizationMetrics.Reference)) return "—";
        return $"{list.Count(r => r.Metrics.GetValueOrDefault(OptimizationMetrics.GapPercent, 1) <= 1e-9)}/{list.Count}";
    }

    private static string TimeToReference(IEnumerable<RunRecord> runs)
    {
        var times = runs.Where(r => r.Metrics.ContainsKey(OptimizationMetrics.SecondsToReference)).Select(r => r.Metrics[OptimizationMetrics.SecondsToReference]).Order().ToList();
        return times.Count == 0 ? "not reached" : times[times.Count / 2].ToString("0.###", CultureInfo.InvariantCulture);
    }

    private static string Tts(IEnumerable<RunRecord> runs)
    {
        var list = runs.ToList();
        if (!list.Any(r => r.Metrics.ContainsKey(OptimizationMetrics.SuccessProbability))) return "—";
        var tts = list.Where(r => r.Metrics.ContainsKey(OptimizationMetrics.TimeToSolution99)).Select(r => r.Metrics[OptimizationMetrics.TimeToSolution99]).ToList();
        if (tts.Count > 0) return tts.Average().ToString("0.###", CultureInfo.InvariantCulture);
        var p = list.Average(r => r.Metrics.GetValueOrDefault(OptimizationMetrics.SuccessProbability));
        return p >= 1 ? "p = 1 (every read)" : "p = 0 (no read)";
    }
}
