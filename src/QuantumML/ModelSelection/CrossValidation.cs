using System.Diagnostics;
using MathNet.Numerics.Statistics;
using QuantumML.Data;
using QuantumML.Metrics;
using QuantumML.Models;

namespace QuantumML.ModelSelection;

/// <summary>Stratified k-fold cross-validation of one model configuration on a training set.</summary>
public static class CrossValidation
{
    /// <summary>Fits a fresh model from <paramref name="create"/> on each k − 1 folds of <paramref name="train"/>
    /// and scores its accuracy on the held-out fold. Only <paramref name="train"/> is ever seen: pass the training
    /// split, never the test split.</summary>
    /// <param name="create">Makes a new, untrained model (one per fold).</param>
    /// <param name="train">The data to cross-validate on.</param>
    /// <param name="folds">k; range 2 ≤ k ≤ the size of the smallest class.</param>
    /// <param name="rng">Draws the folds (see <see cref="StratifiedKFold"/>).</param>
    /// <param name="cancellationToken">Stops between and inside fits.</param>
    public static async Task<CrossValidationResult> ScoreAsync(Func<IClassifier> create, Dataset train, int folds, Random rng, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(train);
        var clock = Stopwatch.StartNew();
        var split = StratifiedKFold.Folds(train.Labels, folds, rng);
        var scores = new double[folds];
        long circuits = 0, runs = 0;
        // One fold after another: the experiment runner already runs jobs in parallel.
        for (var f = 0; f < folds; f++)
        {
            var fitOn = train.Subset(StratifiedKFold.Complement(split, f, train.Count));
            var heldOut = train.Subset(split[f]);
            var model = create();
            var report = await model.FitAsync(fitOn, cancellationToken).ConfigureAwait(false);
            circuits += report.CircuitEvaluations;
            runs += report.QSharpRuns;
            var predicted = await model.PredictAsync(heldOut.Features, cancellationToken).ConfigureAwait(false);
            scores[f] = ClassificationMetrics.Accuracy(heldOut.Labels, predicted);
        }
        var (mean, sd) = scores.MeanStandardDeviation();
        return new CrossValidationResult(scores, mean, sd, circuits, runs, clock.Elapsed.TotalSeconds);
    }
}
