using QuantumML.Data;
using QuantumML.Models;
using ScottPlot;

namespace QuantumML.Api;

/// <summary>The plots the reports draw, as ScottPlot <see cref="Plot"/>s to show, change or save.</summary>
public static class Plots
{
    /// <summary>The predicted class over a <paramref name="size"/> × <paramref name="size"/> grid of a two-feature space
    /// (the data's bounding box with a 10% margin) as a heat map, with <paramref name="data"/>'s points coloured by class.</summary>
    public static async Task<Plot> DecisionRegionsAsync(Classifier classifier, Dataset data, int size = 40, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(data);
        if (data.FeatureCount != 2) throw new ArgumentException($"Decision regions need two features; {data.Name} has {data.FeatureCount}.", nameof(data));
        if (size is < 2 or > 500) throw new ArgumentOutOfRangeException(nameof(size), size, "The grid needs 2 to 500 cells per side.");
        var (x0, x1) = Range(data.Features.Select(p => p[0]));
        var (y0, y1) = Range(data.Features.Select(p => p[1]));
        var centres = Experiments.Results.DecisionGrid.Centres(x0, x1, y0, y1, size);
        var classes = await classifier.PredictAsync(centres, cancellationToken).ConfigureAwait(false);
        var cells = new double[size, size];
        for (var i = 0; i < size; i++)
            for (var j = 0; j < size; j++)
                cells[size - 1 - i, j] = classes[i * size + j]; // heat-map rows run top to bottom
        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(cells);
        heatmap.Extent = new CoordinateRect(x0, x1, y0, y1);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.Opacity = 0.35;
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var label in data.Labels.Distinct().Order())
        {
            var idx = Enumerable.Range(0, data.Count).Where(k => data.Labels[k] == label).ToArray();
            var points = plot.Add.Scatter(idx.Select(k => data.Features[k][0]).ToArray(), idx.Select(k => data.Features[k][1]).ToArray());
            points.LineWidth = 0;
            points.MarkerSize = 7;
            points.Color = palette.GetColor(label);
            points.LegendText = data.ClassNames[label];
        }
        var accuracy = Metrics.ClassificationMetrics.Accuracy(data.Labels, await classifier.PredictAsync(data.Features, cancellationToken).ConfigureAwait(false));
        plot.Title($"{classifier.Name}: accuracy {accuracy:0.000} on {data.Count} points");
        plot.XLabel(data.FeatureNames[0]);
        plot.YLabel(data.FeatureNames[1]);
        plot.Axes.SetLimits(x0, x1, y0, y1);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>Training loss (and training accuracy) per epoch of <paramref name="history"/>.</summary>
    public static Plot LossCurve(FitReport history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Epochs.Count == 0) throw new ArgumentException("The model was trained in one step: it has no epochs to plot.", nameof(history));
        var plot = new Plot();
        var epochs = history.Epochs.Select(e => (double)e.Epoch).ToArray();
        var loss = plot.Add.Scatter(epochs, history.Epochs.Select(e => e.Loss).ToArray());
        loss.LegendText = "training loss";
        var accuracy = plot.Add.Scatter(epochs, history.Epochs.Select(e => e.TrainAccuracy).ToArray());
        accuracy.LegendText = "training accuracy";
        plot.XLabel("epoch");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>Saves <paramref name="plot"/> as PNG or SVG, by <paramref name="path"/>'s extension.</summary>
    public static void Save(this Plot plot, string path, int width = 600, int height = 520)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        switch (Path.GetExtension(full).ToUpperInvariant())
        {
            case ".PNG": plot.SavePng(full, width, height); break;
            case ".SVG": plot.SaveSvg(full, width, height); break;
            default: throw new ArgumentException($"{path}: a plot is saved as .png or .svg.", nameof(path));
        }
    }

    /// <summary>The plot as an HTML <c>img</c> tag holding its PNG (for a notebook: <c>display(HTML(plot.ToHtml()))</c>).</summary>
    public static string ToHtml(this Plot plot, int width = 600, int height = 520)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return $"<img src=\"data:image/png;base64,{Convert.ToBase64String(plot.GetImageBytes(width, height, ImageFormat.Png))}\" width=\"{width}\" height=\"{height}\"/>";
    }

    private static (double Min, double Max) Range(IEnumerable<double> values)
    {
        var list = values.ToList();
        var (min, max) = (list.Min(), list.Max());
        var margin = Math.Max(1e-9, (max - min) * 0.1);
        return (min - margin, max + margin);
    }
}
