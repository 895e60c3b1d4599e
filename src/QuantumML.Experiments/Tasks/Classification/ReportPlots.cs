using QuantumML.Experiments.Results;
using QuantumML.Statistics;
using ScottPlot;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The report's figures, drawn with ScottPlot and saved as PNG files.</summary>
public static class ReportPlots
{
    /// <summary>Width of a report figure in pixels.</summary>
    internal const int Width = 900;

    /// <summary>Height of a report figure in pixels.</summary>
    internal const int Height = 520;

    /// <summary>Labels an axis that holds log10 values with the values themselves (formatted by <paramref name="format"/>),
    /// minor ticks spaced logarithmically.</summary>
    /// <remarks>ScottPlot 5 has no log axis: the data are plotted as log10 and the ticks say what they stand for.</remarks>
    public static void LogTicks(IAxis axis, string format, bool integerTicksOnly = false) =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = x => Math.Pow(10, x).ToString(format, System.Globalization.CultureInfo.InvariantCulture),
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = integerTicksOnly,
        };

    /// <summary>A left axis of log10 values labelled 1e-3, 1e2, … at whole powers of ten.</summary>
    public static void LogTicksLeft(Plot plot) => LogTicks(plot.Axes.Left, "0e0", integerTicksOnly: true);

    /// <summary>Mean test accuracy per model with 95% confidence whiskers; quantum and classical models in two colours.</summary>
    public static void AccuracyBars(ExperimentResult result, string path)
    {
        var groups = result.Runs.GroupBy(r => r.Model).ToList();
        var plot = new Plot();
        var positions = new double[groups.Count];
        var labels = new string[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            var mean = groups[i].Average(r => r.Metrics[MetricNames.TestAccuracy]);
            var interval = AccuracyInterval.Of([.. groups[i]]);
            var quantum = groups[i].First().Kind == "quantum";
            var bar = new Bar
            {
                Position = i,
                Value = mean,
                FillColor = quantum ? Colors.MediumPurple : Colors.SteelBlue,
            };
            plot.Add.Bar(bar);
            // The whiskers are the report's interval, which need not be symmetric about the mean.
            var whiskers = plot.Add.ErrorBar([(double)i], [mean], [Math.Max(0, interval.Upper - mean)]);
            whiskers.YErrorNegative = [Math.Max(0, mean - interval.Lower)];
            whiskers.Color = Colors.Black;
            positions[i] = i;
            labels[i] = groups[i].Key;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.SetLimitsY(0, 1.05);
        plot.Title("Test accuracy: mean over seeds, 95% interval (purple: quantum)");
        plot.YLabel("test accuracy");
        plot.Layout.Fixed(new PixelPadding(70, 20, 130, 40));
        plot.SavePng(path, Width, Height);
    }

    /// <summary>The models whose training curves are drawn: the quantum ones when there are any (a classical
    /// MLP's hundreds of epochs would squeeze their few into the y-axis), else all that record epochs.</summary>
    private static List<IGrouping<string, RunRecord>> CurveModels(ExperimentResult result)
    {
        var withEpochs = result.Runs.Where(r => r.Epochs.Count > 0).ToList();
        var quantum = withEpochs.Where(r => r.Kind == "quantum").ToList();
        return (quantum.Count > 0 ? quantum : withEpochs).GroupBy(r => r.Model).ToList();
    }

    /// <summary>Training loss per epoch (see <see cref="CurveModels"/>): mean over seeds with a min–max band.</summary>
    /// <returns>False when no model recorded epochs (nothing is drawn).</returns>
    public static bool LossCurves(ExperimentResult result, string path) =>
        Curves(result, path, e => e.Loss, "Training loss per epoch (mean over seeds; band: min–max)", "loss", null, Alignment.UpperRight);

    /// <summary>Training accuracy per epoch (see <see cref="CurveModels"/>): mean over seeds with a min–max band.</summary>
    /// <returns>False when no model recorded epochs.</returns>
    public static bool AccuracyCurves(ExperimentResult result, string path) =>
        Curves(result, path, e => e.TrainAccuracy, "Training accuracy during each epoch (mean over seeds; band: min–max)", "train accuracy", 1.05, Alignment.LowerRight);

    private static bool Curves(ExperimentResult result, string path, Func<Models.EpochRecord, double> value, string title, string yLabel, double? yMax, Alignment legend)
    {
        var models = CurveModels(result);
        if (models.Count == 0) return false;
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var m = 0; m < models.Count; m++)
        {
            var runs = models[m].ToList();
            var epochs = runs.Min(r => r.Epochs.Count);
            var xs = Enumerable.Range(1, epochs).Select(e => (double)e).ToArray();
            var mean = xs.Select((_, e) => runs.Average(r => value(r.Epochs[e]))).ToArray();
            var color = palette.GetColor(m);
            if (runs.Count > 1)
            {
                var low = xs.Select((_, e) => runs.Min(r => value(r.Epochs[e]))).ToArray();
                var high = xs.Select((_, e) => runs.Max(r => value(r.Epochs[e]))).ToArray();
                var band = plot.Add.FillY(xs, low, high);
                band.FillColor = color.WithAlpha(0.2);
                band.LineWidth = 0;
            }
            var line = plot.Add.Scatter(xs, mean);
            line.Color = color;
            line.LegendText = models[m].Key;
            line.MarkerSize = epochs > 50 ? 0 : 5;
        }
        plot.Axes.SetLimitsY(0, yMax ?? plot.Axes.GetLimits().Top);
        plot.Title(title);
        plot.XLabel("epoch");
        plot.YLabel(yLabel);
        plot.ShowLegend(legend);
        plot.SavePng(path, Width, Height);
        return true;
    }

    /// <summary>Decision regions of one model's first-seed run: predicted class as a heat map, test points coloured by
    /// their true class on top.</summary>
    public static void DecisionRegions(RunRecord run, string path)
    {
        var grid = run.DecisionGrid ?? throw new ArgumentException($"{run.Model} has no decision grid.", nameof(run));
        var data = new double[grid.Size, grid.Size];
        for (var i = 0; i < grid.Size; i++)
            for (var j = 0; j < grid.Size; j++)
                data[grid.Size - 1 - i, j] = grid.Classes[i * grid.Size + j]; // heat-map rows run top to bottom
        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(data);
        heatmap.Extent = new CoordinateRect(grid.XMin, grid.XMax, grid.YMin, grid.YMax);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.Opacity = 0.35;
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var label in run.TestLabels.Distinct().Order())
        {
            var idx = Enumerable.Range(0, run.TestLabels.Length).Where(k => run.TestLabels[k] == label).ToArray();
            var points = plot.Add.Scatter(idx.Select(k => grid.TestX[k]).ToArray(), idx.Select(k => grid.TestY[k]).ToArray());
            points.LineWidth = 0;
            points.MarkerSize = 7;
            points.Color = palette.GetColor(label);
            points.LegendText = $"class {label} (test)";
        }
        var accuracy = run.Metrics[MetricNames.TestAccuracy];
        plot.Title($"{run.Model} ({run.Kind}), seed {run.Seed}: test accuracy {accuracy:0.000}");
        plot.XLabel("feature 0");
        plot.YLabel("feature 1");
        plot.Axes.SetLimits(grid.XMin, grid.XMax, grid.YMin, grid.YMax);
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 600, 520);
    }

    /// <summary>A kernel matrix as a heat map, rows and columns ordered by class.</summary>
    public static void KernelHeatmap(RunRecord run, string path)
    {
        var k = run.KernelMatrix ?? throw new ArgumentException($"{run.Model} has no kernel matrix.", nameof(run));
        var n = k.Values.Length;
        var data = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) data[i, j] = k.Values[i][j];
        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(data);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.Add.ColorBar(heatmap);
        var sizes = k.Labels.GroupBy(l => l).Select(g => g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        plot.Title($"{run.Model} kernel, seed {run.Seed} (rows by class: {string.Join(" | ", sizes)})");
        plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
        plot.Axes.Left.TickLabelStyle.IsVisible = false;
        plot.SavePng(path, 640, 560);
    }
}
