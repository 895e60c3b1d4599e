using QuantumML.Baselines;
using QuantumML.Data;
using QuantumML.Models;
using QuantumML.ModelSelection;

namespace QuantumML.Tests.ModelSelection;

public sealed class CrossValidationTests
{
    /// <summary>Moons whose single feature is the row's index in the full dataset, so that every row a model sees says where it came from.</summary>
    private static (Dataset Train, Dataset Test) TaggedSplit()
    {
        var data = SyntheticData.Moons(60, 0.1, new Random(2));
        var tagged = data.WithFeatures(data.Features.Select((_, i) => new double[] { i }).ToArray());
        return Split.Stratified(tagged, 0.3, new Random(5));
    }

    [Fact]
    public async Task CrossValidationSeesTheTrainingRowsOnlyEachHeldOutOnce()
    {
        var (train, test) = TaggedSplit();
        var models = new List<RecordingClassifier>();

        var result = await CrossValidation.ScoreAsync(() =>
        {
            var model = new RecordingClassifier();
            models.Add(model);
            return model;
        }, train, 4, new Random(1));

        var trainRows = train.Features.Select(r => (int)r[0]).Order().ToArray();
        var testRows = test.Features.Select(r => (int)r[0]).ToHashSet();
        Assert.Equal(4, models.Count);
        Assert.Equal(4, result.FoldAccuracies.Count);
        foreach (var model in models)
        {
            // Each fold: fitted on k − 1 folds, scored on the remaining one; together exactly the training split.
            Assert.Empty(model.Fitted.Intersect(model.Predicted));
            Assert.Equal(trainRows, model.Fitted.Concat(model.Predicted).Order());
            Assert.DoesNotContain(model.Fitted.Concat(model.Predicted), testRows.Contains);
        }
        Assert.Equal(trainRows, models.SelectMany(m => m.Predicted).Order());
    }

    [Fact]
    public async Task TheScoreIsTheMeanAndSampleSdOfTheFoldAccuracies()
    {
        var (train, _) = TaggedSplit();
        // Predicts class 0 everywhere: each fold's accuracy is its share of class 0, known from the folds alone.
        var result = await CrossValidation.ScoreAsync(() => new RecordingClassifier(), train, 3, new Random(4));

        var folds = StratifiedKFold.Folds(train.Labels, 3, new Random(4));
        var expected = folds.Select(f => f.Count(i => train.Labels[i] == 0) / (double)f.Length).ToArray();
        Assert.Equal(expected, result.FoldAccuracies);
        Assert.Equal(expected.Average(), result.Mean, 12);
        var sd = Math.Sqrt(expected.Sum(a => (a - expected.Average()) * (a - expected.Average())) / 2);
        Assert.Equal(sd, result.StandardDeviation, 12);
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameScores()
    {
        var train = SyntheticData.Moons(80, 0.3, new Random(3));
        Task<CrossValidationResult> Score(int seed) =>
            CrossValidation.ScoreAsync(() => new KNearestNeighbors(new KNearestNeighborsOptions { K = 3 }), train, 5, new Random(seed));

        Assert.Equal((await Score(1)).FoldAccuracies, (await Score(1)).FoldAccuracies);
        Assert.NotEqual((await Score(1)).FoldAccuracies, (await Score(2)).FoldAccuracies);
    }

    /// <summary>Records the tags of the rows it is fitted on and asked about; predicts class 0.</summary>
    private sealed class RecordingClassifier : IClassifier
    {
        private int _classes;

        public List<int> Fitted { get; } = [];

        public List<int> Predicted { get; } = [];

        public string Name => "recording";

        public bool IsQuantum => false;

        public Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default)
        {
            Fitted.AddRange(train.Features.Select(r => (int)r[0]));
            _classes = train.ClassCount;
            return Task.FromResult(FitReport.Classical);
        }

        public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default)
        {
            Predicted.AddRange(features.Select(r => (int)r[0]));
            return Task.FromResult(features.Select(_ => Enumerable.Range(0, _classes).Select(c => c == 0 ? 1.0 : 0.0).ToArray()).ToArray());
        }
    }
}
