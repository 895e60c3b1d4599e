using System.Globalization;
using System.Text;
using QuantumML.Experiments.Results;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>One row per model: test accuracy mean and spread over seeds, train accuracy, fit time, circuits.</summary>
public static class SummaryTable
{
    /// <summary>Per-model aggregates, in the order models first appear.</summary>
    public static IReadOnlyList<ModelSummary> Summarize(ExperimentResult result) =>
        result.Runs.GroupBy(r => r.Model).Select(g =>
        {
            var test = g.Select(r => r.Metrics[MetricNames.TestAccuracy]).ToArray();
            return new ModelSummary(
                g.Key,
                g.First().Kind,
                g.Count(),
                test.Average(),
                StandardDeviation(test),
                test.Min(),
                test.Max(),
                g.Average(r => r.Metrics[MetricNames.TrainAccuracy]),
                g.Average(r => r.Metrics[MetricNames.FitSeconds]),
                g.Average(r => r.Metrics[MetricNames.CircuitEvaluations]));
        }).ToList();

    /// <summary>The table as aligned text.</summary>
    public static string Render(ExperimentResult result)
    {
        var rows = Summarize(result);
        var sb = new StringBuilder();
        var nameWidth = Math.Max(5, rows.Max(r => r.Model.Length));
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"model".PadRight(nameWidth)}  {"kind",-9}  {"seeds",5}  {"test acc (mean ± sd)",20}  {"min–max",11}  {"train acc",9}  {"fit s",7}  {"circuits",10}");
        foreach (var r in rows)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{r.Model.PadRight(nameWidth)}  {r.Kind,-9}  {r.Seeds,5}  {$"{r.TestMean:0.000} ± {r.TestSd:0.000}",20}  {$"{r.TestMin:0.00}–{r.TestMax:0.00}",11}  {r.TrainMean,9:0.000}  {r.FitSeconds,7:0.00}  {r.Circuits,10:0}");
        }
        return sb.ToString();
    }

    private static double StandardDeviation(double[] values)
    {
        if (values.Length < 2) return 0;
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}

/// <summary>A model's results over seeds.</summary>
/// <param name="Model">Model name.</param>
/// <param name="Kind">quantum or classical.</param>
/// <param name="Seeds">Number of runs.</param>
/// <param name="TestMean">Mean test accuracy.</param>
/// <param name="TestSd">Sample standard deviation of test accuracy.</param>
/// <param name="TestMin">Lowest test accuracy.</param>
/// <param name="TestMax">Highest test accuracy.</param>
/// <param name="TrainMean">Mean train accuracy.</param>
/// <param name="FitSeconds">Mean fit time.</param>
/// <param name="Circuits">Mean circuit evaluations in training.</param>
public sealed record ModelSummary(string Model, string Kind, int Seeds, double TestMean, double TestSd, double TestMin, double TestMax, double TrainMean, double FitSeconds, double Circuits);
