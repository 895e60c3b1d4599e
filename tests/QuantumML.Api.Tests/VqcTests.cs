using System.Globalization;
using QuantumML.Data;
using QuantumML.Training;

namespace QuantumML.Api.Tests;

[Collection(SharedQSharpGroup.Name)]
public sealed class VqcTests(SharedQSharp qsharp)
{
    [Fact]
    public async Task Vqc_ReportsEveryEpoch_SavesAFileThatReloadsAndQmlPredictAgrees()
    {
        var (train, test) = Datasets.Moons(80, noise: 0.1, seed: 1).Split(0.25, seed: 1);
        var model = Classifiers.Create("vqc", new
        {
            encoding = "Encodings.ApplyAngleEncoding", ansatz = "Ansatzes.ApplyStronglyEntanglingAnsatz",
            qubits = 2, layers = 1, uploads = 2, epochs = 3, batch_size = 20, learning_rate = 0.1,
        }, seed: 5, qsharp: qsharp.Session).With(Preprocess.Standardize(), Preprocess.Scale(-Math.PI / 2, Math.PI / 2));
        var events = new List<EpochProgress>();
        var progress = new List<EpochProgress>();
        model.EpochEnded += events.Add;
        var report = await model.FitAsync(train, new SynchronousProgress(progress.Add));

        Assert.Equal([1, 2, 3], events.Select(e => e.Epoch));
        Assert.Equal(events, progress);
        Assert.Equal(report.Epochs.Select(e => e.Loss), events.Select(e => e.Loss));
        Assert.All(events, e => Assert.True(e.GradientNorm > 0 && double.IsFinite(e.GradientNorm)));
        Assert.True(report.CircuitEvaluations > 0);

        var folder = Directory.CreateTempSubdirectory("qml-api-").FullName;
        try
        {
            var path = Path.Combine(folder, "vqc.json");
            await model.SaveAsync(path);
            var loaded = await Classifier.LoadAsync(path, qsharp.Session);
            var before = await model.PredictProbaAsync(test.Features);
            var after = await loaded.PredictProbaAsync(test.Features);
            Assert.Equal(before.SelectMany(r => r), after.SelectMany(r => r));
            Assert.Equal(model.Score(test), loaded.Score(test));

            var csv = Path.Combine(folder, "test.csv");
            File.WriteAllText(csv, CsvDataset.Format(test));
            var output = Path.Combine(folder, "predictions.csv");
            var qml = await Repository.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "qml.dll"), "predict", path, csv, "--out", output, "--project", Repository.Quantum],
                Repository.Root, TimeSpan.FromMinutes(2));
            Assert.True(qml.ExitCode == 0, qml.Err);
            var predicted = File.ReadAllLines(output).Skip(1).Select(line => line.Split(',')[0]).ToArray();
            Assert.Equal(model.Predict(test).Select(l => test.ClassNames[l]), predicted);
            Assert.Contains($"accuracy {model.Score(test).ToString("R", CultureInfo.InvariantCulture)} ", qml.Out + qml.Err, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Fit_StopsWhenCancelled()
    {
        using var cts = new CancellationTokenSource();
        var model = Classifiers.Vqc(epochs: 50, batchSize: 4, qsharp: qsharp.Session);
        model.EpochEnded += _ => cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => model.FitAsync(Datasets.Moons(40, seed: 2), cancellationToken: cts.Token));
        Assert.False(model.IsFitted);
    }

    [Fact]
    public async Task QSharpSession_RunsAnExpressionOfTheProject()
    {
        var result = await qsharp.Session.RunAsync("Std.Math.PI()", shots: 1, seed: 1);
        Assert.Equal(Math.PI, result.Shots[0].Value.As<double>(), 12);
    }

    /// <summary>IProgress that reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<EpochProgress> report) : IProgress<EpochProgress>
    {
        public void Report(EpochProgress value) => report(value);
    }
}
