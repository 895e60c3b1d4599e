using System.Globalization;
using System.Text;
using QuantumML.Combinatorial.Baselines;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.IO;
using QuantumML.Statistics;
using ScottPlot;

namespace QuantumML.Experiments.Tasks.Vqe;

/// <summary>The report of a VQE experiment: energies against the exact ground energy, convergence, and the
/// bond-length curve or sweep when the spec has one.</summary>
public static class VqeReport
{
    /// <summary>Chemical accuracy, 1.6 mHa (1 kcal/mol).</summary>
    public const double ChemicalAccuracy = 1.6e-3;

    /// <summary>One row per job: mean energy, exact energy, error with its 95% interval over seeds, cost.</summary>
    public static string Table(ExperimentResult result) => ReportText.JobTable(result,
        $"{"seeds",5}  {"energy (mean)",14}  {"exact",12}  {"|error| mean",12}  {"95% CI upper",12}  {"circuits",9}  {"fit s",7}",
        g =>
        {
            var error = SampleSummary.Of(g.Select(r => r.Metrics[VqeMetrics.Error]).ToArray());
            return $"{g.Count(),5}  {g.Average(r => r.Metrics[VqeMetrics.Energy]),14:0.000000}  {g.First().Metrics[VqeMetrics.ExactEnergy],12:0.000000}  {error.Mean,12:0.00e+0}  {Upper(error),12}  {g.Average(r => r.Metrics[MetricNames.CircuitEvaluations]),9:0}  {g.Average(r => r.Metrics[MetricNames.FitSeconds]),7:0.0}";
        });

    /// <summary>Writes <c>report.md</c> and its plots into <paramref name="folder"/>; returns the report's path.</summary>
    public static string Write(string folder, ExperimentResult result)
    {
        var plots = Path.Combine(folder, "plots");
        Directory.CreateDirectory(plots);
        var figures = new List<(string Title, string File)>();
        Convergence(result, Path.Combine(plots, "convergence.png"));
        figures.Add(("Distance to the exact ground energy during optimization", "plots/convergence.png"));
        if (result.Runs.Any(r => r.Metrics.ContainsKey(VqeMetrics.BondLength)) && result.Runs.Select(r => r.Instance).Distinct().Count() > 1)
        {
            BondCurve(result, Path.Combine(plots, "energy-curve.png"));
            figures.Add(("Energy against bond length", "plots/energy-curve.png"));
        }
        var sweep = result.Runs.SelectMany(r => r.Metrics.Keys).FirstOrDefault(k => k.StartsWith(VqeMetrics.SweepPrefix, StringComparison.Ordinal));
        if (sweep is not null)
        {
            Sweep(result, sweep, Path.Combine(plots, "sweep.png"));
            figures.Add(($"Final error against {sweep[VqeMetrics.SweepPrefix.Length..]}", "plots/sweep.png"));
        }
        var path = Path.Combine(folder, ReportWriter.FileName);
        AtomicFile.WriteText(path, Render(result, figures, ReportText.Circuits(result, folder)));
        return path;
    }

    /// <summary>The Markdown text of the report.</summary>
    public static string Render(ExperimentResult result, IReadOnlyList<(string Title, string File)> figures, string circuits = "")
    {
        var spec = result.Spec;
        var sb = new StringBuilder();
        ReportText.Title(sb, result, "vqe");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Hamiltonian: `{spec["hamiltonian"]?.ToJsonString()}`");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- {result.Runs.Select(r => r.Model).Distinct().Count()} jobs × {result.Runs.Select(r => r.Seed).Distinct().Count()} seeds; exact ground energies by dense diagonalization (≤ 10 qubits) or Lanczos");
        sb.AppendLine(ReportText.Environment(result)).AppendLine();
        sb.AppendLine("## Energies").AppendLine();
        sb.AppendLine("The energy is the exact expectation of the state the optimized parameters prepare (also in the sampling modes, where the optimizer saw only shot estimates). Error = |energy − exact|, mean over seeds with the upper end of a 95% Student-t interval. Chemical accuracy is 1.6 × 10⁻³ Ha.").AppendLine();
        sb.AppendLine("| job | instance | energy | exact | error | 95% CI upper | relative error | chemical accuracy | parameters | iterations |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var g in result.Runs.GroupBy(r => r.Model))
        {
            var error = SampleSummary.Of(g.Select(r => r.Metrics[VqeMetrics.Error]).ToArray());
            var hits = g.Count(r => r.Metrics[VqeMetrics.Error] < ChemicalAccuracy);
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {g.Key} | {g.First().Instance} | {g.Average(r => r.Metrics[VqeMetrics.Energy]):0.000000} | {g.First().Metrics[VqeMetrics.ExactEnergy]:0.000000} | {error.Mean:0.00e+0} | {Upper(error)} | {g.Average(r => r.Metrics[VqeMetrics.RelativeError]):0.00e+0} | {hits}/{g.Count()} seeds | {g.First().Metrics[VqeMetrics.Parameters]:0} | {g.Average(r => r.Metrics[VqeMetrics.Iterations]):0} |");
        }
        sb.AppendLine();
        var runs = result.Runs.Count;
        var reached = result.Runs.Count(r => r.Metrics[VqeMetrics.Error] < ChemicalAccuracy);
        var jobs = result.Runs.GroupBy(r => r.Model).ToList();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Within chemical accuracy: {reached} of {runs} runs; {jobs.Count(g => g.All(r => r.Metrics[VqeMetrics.Error] < ChemicalAccuracy))} of {jobs.Count} jobs on every seed.");
        sb.Append(VqeStartsSection.Render(result));
        sb.AppendLine().AppendLine("## Cost").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| job | fit s | circuit evaluations | shots | Q# runs | measurement bases | {EnergyText.Headers} |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var g in result.Runs.GroupBy(r => r.Model))
        {
            var shots = g.Average(r => r.Metrics[MetricNames.Shots]);
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {g.Key} | {g.Average(r => r.Metrics[MetricNames.FitSeconds]):0.00} | {g.Average(r => r.Metrics[MetricNames.CircuitEvaluations]):0} | {(shots == 0 ? "0 (exact)" : shots.ToString("0", CultureInfo.InvariantCulture))} | {g.Average(r => r.Metrics[MetricNames.QSharpRuns]):0} | {g.First().Metrics[VqeMetrics.MeasurementGroups]:0} | {EnergyText.Cells(g)} |");
        }
        sb.AppendLine();
        if (EnergyText.Note(result) is { Length: > 0 } note) sb.AppendLine(note).AppendLine();
        sb.Append(EngineSection.Render(result));
        sb.Append(circuits);
        ReportText.Figures(sb, figures);
        return sb.ToString();
    }

    /// <summary>|E − E₀| per objective evaluation, log scale, floored at 10⁻¹²; one line per job of one instance (the
    /// equilibrium bond length when there is one), at most 10, seeds averaged.</summary>
    private static void Convergence(ExperimentResult result, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var instances = result.Runs.Select(r => r.Instance).Distinct().ToList();
        var instance = instances.FirstOrDefault(i => i == "r=0.735") ?? instances[0];
        var jobs = result.Runs.Where(r => r.Instance == instance).GroupBy(r => r.Model).Take(10).ToList();
        for (var m = 0; m < jobs.Count; m++)
        {
            var runs = jobs[m].Where(r => r.Epochs.Count > 0).ToList();
            if (runs.Count == 0) continue;
            var exact = runs[0].Metrics[VqeMetrics.ExactEnergy];
            var n = runs.Min(r => r.Epochs.Count);
            var xs = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
            var ys = xs.Select((_, i) => Math.Log10(Math.Max(1e-12, runs.Average(r => Math.Abs(r.Epochs[i].Loss - exact))))).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.Color = palette.GetColor(m);
            line.LegendText = jobs[m].Key;
            line.MarkerSize = n > 60 ? 0 : 4;
        }
        var chemical = plot.Add.HorizontalLine(Math.Log10(ChemicalAccuracy));
        chemical.LinePattern = LinePattern.Dashed;
        chemical.Color = Colors.Gray;
        chemical.LegendText = "1.6 mHa";
        ReportPlots.LogTicksLeft(plot);
        plot.Title(instances.Count > 1 ? $"Energy error per objective evaluation at {instance} (mean over seeds)" : "Energy error per objective evaluation (mean over seeds)");
        plot.XLabel("objective evaluation");
        plot.YLabel("|E − E₀| (Ha or model units)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, ReportPlots.Width, ReportPlots.Height);
    }

    /// <summary>The dissociation curve: exact ground energy, Hartree-Fock, and each configuration's VQE energies.</summary>
    private static void BondCurve(ExperimentResult result, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var byInstance = result.Runs.GroupBy(r => r.Metrics[VqeMetrics.BondLength]).OrderBy(g => g.Key).ToList();
        var rs = byInstance.Select(g => g.Key).ToArray();
        var exact = plot.Add.Scatter(rs, byInstance.Select(g => g.First().Metrics[VqeMetrics.ExactEnergy]).ToArray());
        exact.LegendText = "exact (FCI)";
        exact.Color = Colors.Black;
        exact.MarkerSize = 0;
        if (result.Runs.All(r => r.Metrics.ContainsKey(VqeMetrics.HartreeFockEnergy)))
        {
            var hf = plot.Add.Scatter(rs, byInstance.Select(g => g.First().Metrics[VqeMetrics.HartreeFockEnergy]).ToArray());
            hf.LegendText = "Hartree-Fock";
            hf.Color = Colors.Gray;
            hf.LinePattern = LinePattern.Dashed;
            hf.MarkerSize = 0;
        }
        var configs = result.Runs.Select(r => r.Group ?? r.Model).Distinct().ToList();
        for (var c = 0; c < configs.Count; c++)
        {
            var points = byInstance.Select(g => (R: g.Key, Runs: g.Where(r => (r.Group ?? r.Model) == configs[c]).ToList())).Where(p => p.Runs.Count > 0).ToList();
            var vqe = plot.Add.Scatter(points.Select(p => p.R).ToArray(), points.Select(p => p.Runs.Average(r => r.Metrics[VqeMetrics.Energy])).ToArray());
            vqe.LegendText = $"VQE {configs[c]}";
            vqe.Color = palette.GetColor(c);
            vqe.LineWidth = 0;
            vqe.MarkerSize = 8;
        }
        plot.Title("H2 (STO-3G): ground energy against bond length");
        plot.XLabel("bond length (Å)");
        plot.YLabel("energy (Ha)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, ReportPlots.Width, ReportPlots.Height);
    }

    /// <summary>Final error (log scale) against the swept field, one line per configuration and instance.</summary>
    private static void Sweep(ExperimentResult result, string key, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var lines = result.Runs.Where(r => r.Metrics.ContainsKey(key)).GroupBy(r => (r.Group, r.Instance)).ToList();
        for (var l = 0; l < lines.Count; l++)
        {
            var points = lines[l].GroupBy(r => r.Metrics[key]).OrderBy(g => g.Key).ToList();
            var xs = points.Select(p => p.Key).ToArray();
            var line = plot.Add.Scatter(xs, points.Select(p => Math.Log10(Math.Max(1e-12, p.Average(r => r.Metrics[VqeMetrics.Error])))).ToArray());
            var label = lines.Select(x => x.Key.Instance).Distinct().Count() > 1 ? $"{lines[l].Key.Group} @ {lines[l].Key.Instance}" : lines[l].Key.Group ?? "";
            line.LegendText = $"{label}: exact energy of the optimized state";
            line.Color = palette.GetColor(l);
            line.MarkerSize = 8;
            // With shots, what the optimizer saw (under noise, if any) can differ from what its parameters are worth.
            if (lines[l].All(r => r.Metrics.GetValueOrDefault(MetricNames.Shots) > 0 && r.Metrics.ContainsKey(VqeMetrics.FinalEstimate)))
            {
                var seen = plot.Add.Scatter(xs, points.Select(p => Math.Log10(Math.Max(1e-12, p.Average(r => Math.Abs(r.Metrics[VqeMetrics.FinalEstimate] - r.Metrics[VqeMetrics.ExactEnergy]))))).ToArray());
                seen.LegendText = $"{label}: its last shot estimate";
                seen.Color = palette.GetColor(l);
                seen.LinePattern = LinePattern.Dashed;
                seen.MarkerSize = 6;
            }
        }
        var field = key[VqeMetrics.SweepPrefix.Length..];
        ReportPlots.LogTicksLeft(plot);
        if (field is "layers" or "shots" or "iterations")
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Title($"Final |E − E₀| against {field} (mean over seeds; floored at 1e-12)");
        plot.XLabel(field);
        plot.YLabel("|E − E₀|");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, ReportPlots.Width, ReportPlots.Height);
    }

    private static string Upper(SampleSummary s) => double.IsNaN(s.Upper) || s.Count < 2 ? "—" : s.Upper.ToString("0.00e+0", CultureInfo.InvariantCulture);
}
