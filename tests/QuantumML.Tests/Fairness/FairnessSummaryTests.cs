using QuantumML.Baselines;
using QuantumML.Data;
using QuantumML.Fairness;
using QuantumML.Models;
using QuantumML.Statistics;

namespace QuantumML.Tests.Fairness;

public sealed class FairnessSummaryTests
{
    /// <summary>Per seed: moons with a planted group, a stratified split, the group taken out of both halves, logistic
    /// regression (which never sees the group) trained on the rest, and its test predictions.</summary>
    private static async Task<IReadOnlyList<SeedPredictions>> SeedsAsync(double gap, int seeds, int n)
    {
        var result = new List<SeedPredictions>();
        for (var seed = 1; seed <= seeds; seed++)
        {
            var data = PlantedGroup.Add(SyntheticData.Moons(n, 0.15, new Random(seed)), gap, new Random(100 + seed));
            var (train, test) = Split.Stratified(data, 0.3, new Random(200 + seed));
            var (trainX, _) = SensitiveFeature.Take(train, PlantedGroup.DefaultColumn);
            var (testX, groups) = SensitiveFeature.Take(test, PlantedGroup.DefaultColumn);
            var model = new LogisticRegression();
            await model.FitAsync(trainX);
            result.Add(new SeedPredictions(testX.Labels, await model.PredictAsync(testX.Features), groups));
        }
        return result;
    }

    [Fact]
    public async Task APlantedBiasShowsAsADemographicParityDifferenceWhoseIntervalExcludesZero()
    {
        var summary = FairnessSummary.Of(await SeedsAsync(gap: 0.6, seeds: 8, n: 400));
        Assert.Equal(["0", "1"], summary.Groups);
        Assert.True(summary.DemographicParity!.Lower > 0.2, $"demographic parity {summary.DemographicParity}");
        Assert.True(summary.SelectionRateGap!.Lower > 0.2, $"signed gap {summary.SelectionRateGap}");
        Assert.True(summary.PooledSelectionRateGap!.Lower > 0.2, $"pooled gap {summary.PooledSelectionRateGap}");
        Assert.Equal(IntervalMethod.Newcombe, summary.PooledSelectionRateGap.Method);
        // The group is drawn from the label alone, so the model's errors do not depend on it: equalized odds stays small
        // (its sampling noise only: ~0.1 against 0.45 here).
        Assert.True(summary.EqualizedOdds!.Upper < summary.DemographicParity.Lower, $"equalized odds {summary.EqualizedOdds}");
        // Every standard metric for both groups, each interval inside [0, 1].
        Assert.Equal(4 * 2, summary.ByGroup.Count);
        Assert.All(summary.ByGroup, m => Assert.InRange(m.Interval.Lower, 0, m.Interval.Upper));
        Assert.All(summary.ByGroup, m => Assert.InRange(m.Interval.Upper, m.Interval.Lower, 1));
    }

    [Fact]
    public async Task WithoutABiasTheSignedGapsIntervalsHoldZero()
    {
        var summary = FairnessSummary.Of(await SeedsAsync(gap: 0, seeds: 8, n: 400));
        Assert.InRange(0, summary.SelectionRateGap!.Lower, summary.SelectionRateGap.Upper);
        Assert.InRange(0, summary.PooledSelectionRateGap!.Lower, summary.PooledSelectionRateGap.Upper);
        // The unsigned difference is a max − min of noisy rates: positive even here, which is why the signed gap is reported.
        Assert.True(summary.DemographicParity!.Estimate > 0);
    }

    [Fact]
    public void NewcombesIntervalMatchesItsClosedFormAndStaysInRange()
    {
        // 30/50 against 10/50: Wilson intervals combined by the square-root rule (Newcombe 1998, method 10).
        var a = ProportionIntervals.Wilson(30, 50);
        var b = ProportionIntervals.Wilson(10, 50);
        var d = ProportionIntervals.NewcombeDifference(30, 50, 10, 50);
        Assert.Equal(0.4, d.Estimate, 15);
        Assert.Equal(0.4 - Math.Sqrt(Math.Pow(0.6 - a.Lower, 2) + Math.Pow(b.Upper - 0.2, 2)), d.Lower, 15);
        Assert.Equal(0.4 + Math.Sqrt(Math.Pow(a.Upper - 0.6, 2) + Math.Pow(0.2 - b.Lower, 2)), d.Upper, 15);
        var extreme = ProportionIntervals.NewcombeDifference(5, 5, 0, 5);
        Assert.InRange(extreme.Lower, -1, 1);
        Assert.Equal(1, extreme.Upper);
    }
}
