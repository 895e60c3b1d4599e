using QuantumML.Data;
using QuantumML.Models;

namespace QuantumML.Baselines;

/// <summary>
/// k-nearest-neighbour classification by Euclidean distance (a brute-force search written by hand; MathNet has none).
/// Probabilities are the class fractions among the k nearest training samples; among equally distant samples the
/// earlier training row counts as nearer, so results are deterministic.
/// </summary>
/// <param name="options">Settings; <c>new()</c> when omitted.</param>
public sealed partial class KNearestNeighbors(KNearestNeighborsOptions? options = null) : IClassifier
{
    private Dataset? _train;

    /// <summary>The settings.</summary>
    public KNearestNeighborsOptions Options { get; } = options ?? new();

    /// <inheritdoc />
    public string Name => Kind;

    /// <inheritdoc />
    public bool IsQuantum => false;

    /// <inheritdoc />
    public Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        BaselineChecks.CheckTrainingSet(train);
        if (Options.K < 1) throw new InvalidOperationException($"K must be at least 1, not {Options.K}.");
        _train = train;
        return Task.FromResult(FitReport.Classical);
    }

    /// <inheritdoc />
    public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default)
    {
        var train = _train ?? throw BaselineChecks.NotFitted(Name);
        BaselineChecks.CheckRows(features, train.Features[0].Length, nameof(features));
        var k = Math.Min(Options.K, train.Count);
        return Task.FromResult(features.Select(f =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            // OrderBy is a stable sort, which gives the documented tie rule.
            var nearest = Enumerable.Range(0, train.Count).OrderBy(i => SquaredDistance(train.Features[i], f)).Take(k);
            var votes = new double[train.ClassCount];
            foreach (var i in nearest) votes[train.Labels[i]] += 1.0 / k;
            return votes;
        }).ToArray());
    }

    private static double SquaredDistance(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += (a[i] - b[i]) * (a[i] - b[i]);
        return sum;
    }
}
