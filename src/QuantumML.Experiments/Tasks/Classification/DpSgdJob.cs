using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Privacy;
using QuantumML.Training;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Trains one (model, seed) job by DP-SGD and records its example-level guarantee.</summary>
internal static class DpSgdJob
{
    /// <summary>Trains <paramref name="model"/> on <paramref name="train"/>; the metrics are the guarantee's.</summary>
    public static async Task<(FitReport Report, Dictionary<string, double> Metrics)> RunAsync(IParametricClassifier model, DpSgdOptions options,
        Dataset train, Func<CancellationToken, Task<double>>? probe, CancellationToken ct)
    {
        var trainer = new DpSgdTrainer(options)
        {
            TestAccuracyProbe = probe,
            Cost = model is VariationalQuantumClassifier vqc ? () => new TrainingCost(vqc.CircuitEvaluations, vqc.QSharpRuns) : null,
        };
        var result = await trainer.TrainAsync(model, train, ct).ConfigureAwait(false);
        var g = result.Guarantee;
        var metrics = new Dictionary<string, double>
        {
            [PrivacyMetrics.Epsilon] = g.Epsilon,
            [PrivacyMetrics.Delta] = g.Delta,
            [PrivacyMetrics.NoiseMultiplier] = g.NoiseMultiplier,
            [PrivacyMetrics.ClipNorm] = g.ClipNorm,
            [PrivacyMetrics.SamplingRate] = g.SamplingRate,
            [PrivacyMetrics.Steps] = g.Steps,
            [PrivacyMetrics.ExampleLevel] = 1,
        };
        return (result.Report, metrics);
    }
}
