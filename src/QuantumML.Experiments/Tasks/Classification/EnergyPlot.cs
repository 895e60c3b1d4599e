using QuantumML.Experiments.Results;
using ScottPlot;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Test accuracy against the energy of a run, one point per model: what a simulated quantum model costs beside a
/// classical one for the accuracy it reaches.</summary>
public static class EnergyPlot
{
    /// <summary>Draws the plot; false when no run has energy.</summary>
    public static bool Draw(ExperimentResult result, string path)
    {
        var points = result.Runs.Where(r => r.Energy is not null).GroupBy(r => r.Model).Select(g => (
            Model: g.Key,
            Quantum: g.First().Kind == "quantum",
            EnergyWh: g.Average(r => r.Energy!.EnergyWh),
            Accuracy: g.Average(r => r.Metrics[MetricNames.TestAccuracy]),
            Interval: AccuracyInterval.Of([.. g]))).Where(p => p.EnergyWh > 0).ToList();
        if (points.Count == 0) return false;
        var (low, high) = (points.Min(p => p.EnergyWh), points.Max(p => p.EnergyWh));
        // A log axis once the energies span a decade; ScottPlot draws it as log10 data with 10^k labels.
        var log = high / low >= 10;
        double X(double wh) => log ? Math.Log10(wh) : wh;
        var plot = new Plot();
        foreach (var quantum in new[] { true, false })
        {
            var group = points.Where(p => p.Quantum == quantum).ToList();
            if (group.Count == 0) continue;
            var color = quantum ? Colors.MediumPurple : Colors.SteelBlue;
            var xs = group.Select(p => X(p.EnergyWh)).ToArray();
            var ys = group.Select(p => p.Accuracy).ToArray();
            var markers = plot.Add.ScatterPoints(xs, ys);
            markers.Color = color;
            markers.MarkerSize = 10;
            markers.LegendText = quantum ? "quantum" : "classical";
            // The report's accuracy interval (Wilson on pooled predictions), which need not be symmetric about the mean.
            var bars = plot.Add.ErrorBar(xs, ys, group.Select(p => Math.Max(0, p.Interval.Upper - p.Accuracy)).ToArray());
            bars.YErrorNegative = group.Select(p => Math.Max(0, p.Accuracy - p.Interval.Lower)).ToArray();
            bars.Color = color;
            foreach (var (p, x) in group.Zip(xs))
            {
                var label = plot.Add.Text(p.Model, x, p.Accuracy);
                label.LabelFontSize = 11;
                label.LabelFontColor = color.Darken(0.3);
                label.LabelAlignment = Alignment.LowerLeft;
                label.OffsetX = 6;
            }
        }
        plot.Title("Test accuracy against energy per run (mean over seeds; whiskers: 95% interval)");
        plot.XLabel(log ? "energy per run, Wh (log scale)" : "energy per run, Wh");
        plot.YLabel("test accuracy");
        if (log) ReportPlots.LogTicks(plot.Axes.Bottom, "0.####e+0", integerTicksOnly: true);
        var (x0, x1) = (X(low), X(high));
        var span = Math.Max(x1 - x0, log ? 1 : high * 0.2);
        plot.Axes.SetLimitsX(log ? x0 - 0.1 * span : Math.Max(0, x0 - 0.1 * span), x1 + 0.35 * span);   // room for the labels on the right
        var lowest = points.Min(p => p.Interval.Lower);
        plot.Axes.SetLimitsY(Math.Max(0, Math.Floor((lowest - 0.05) * 10) / 10), 1.02);
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, ReportPlots.Width, ReportPlots.Height);
        return true;
    }
}
