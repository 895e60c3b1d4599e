using QuantumML.Data;
using QuantumML.Training;

namespace QuantumML.Tests.Training;

public sealed class LearningRateScheduleTests
{
    [Fact]
    public void SchedulesFollowTheirClosedForms()
    {
        Assert.Equal(0.1, LearningRateSchedule.Constant.At(7, 10, 0.1));
        var step = new StepDecaySchedule(3, 0.5);
        Assert.Equal([0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2], Enumerable.Range(1, 7).Select(e => step.At(e, 7, 0.8)));
        Assert.Equal(0.8 * Math.Pow(0.9, 4), new ExponentialDecaySchedule(0.9).At(5, 10, 0.8), 15);
        var cosine = new CosineSchedule(0.01);
        Assert.Equal(0.5, cosine.At(1, 10, 0.5), 15);
        Assert.Equal(0.01 + 0.49 * (1 + Math.Cos(Math.PI * 5 / 10)) / 2, cosine.At(6, 10, 0.5), 15);
        Assert.True(Enumerable.Range(1, 10).Select(e => cosine.At(e, 10, 0.5)).Zip(Enumerable.Range(2, 9).Select(e => cosine.At(e, 10, 0.5))).All(p => p.Second < p.First));
    }

    [Fact]
    public async Task TheTrainerUsesTheScheduledRateEachEpoch()
    {
        var options = new TrainingOptions { Epochs = 5, BatchSize = 100, Optimizer = "sgd", LearningRate = 0.8, Schedule = new StepDecaySchedule(2, 0.5) };
        var report = await new ScriptedModel([], options).FitAsync(SyntheticData.Blobs(20, 2, 2, 0.5, new Random(1)));
        Assert.Equal([0.8, 0.8, 0.4, 0.4, 0.2], report.Epochs.Select(e => e.LearningRate));
    }
}
