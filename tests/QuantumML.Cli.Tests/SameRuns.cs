using QuantumML.Experiments.Results;

namespace QuantumML.Cli.Tests;

/// <summary>Two results folders hold the same runs: run for run, model, seed, predictions, epochs and every metric
/// except wall-clock times (<c>*_seconds</c>) must be identical, whichever processes or machines ran them.</summary>
internal static class SameRuns
{
    public static void Assert(string expectedFolder, string actualFolder)
    {
        var expected = ResultsFile.Read(Path.Combine(expectedFolder, ResultsFile.FileName)).Runs;
        var actual = ResultsFile.Read(Path.Combine(actualFolder, ResultsFile.FileName)).Runs;
        Xunit.Assert.Equal(expected.Select(r => (r.Model, r.Seed)), actual.Select(r => (r.Model, r.Seed)));
        for (var i = 0; i < expected.Count; i++)
        {
            Xunit.Assert.Equal(expected[i].TestPredictions, actual[i].TestPredictions);
            Xunit.Assert.Equal(expected[i].TestLabels, actual[i].TestLabels);
            Xunit.Assert.Equal(expected[i].Epochs, actual[i].Epochs);
            var timings = expected[i].Metrics.Keys.Concat(actual[i].Metrics.Keys).Where(k => k.EndsWith("_seconds", StringComparison.Ordinal)).ToHashSet();
            Xunit.Assert.Equal(expected[i].Metrics.Keys.Except(timings).Order(), actual[i].Metrics.Keys.Except(timings).Order());
            foreach (var (name, value) in expected[i].Metrics.Where(m => !timings.Contains(m.Key)))
                Xunit.Assert.Equal(value, actual[i].Metrics[name]);
        }
    }
}
