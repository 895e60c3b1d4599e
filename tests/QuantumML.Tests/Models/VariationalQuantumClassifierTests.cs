using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Quantum;

namespace QuantumML.Tests.Models;

public sealed class VariationalQuantumClassifierTests
{
    // Two well-separated 1-D clusters in angle units: a 1-qubit classifier must separate them.
    private static Dataset Clusters()
    {
        var random = new Random(4);
        var x = new List<double[]>();
        var y = new List<int>();
        for (var i = 0; i < 24; i++)
        {
            var label = i % 2;
            x.Add([(label == 0 ? -1.0 : 1.0) + 0.2 * (random.NextDouble() - 0.5)]);
            y.Add(label);
        }
        return new Dataset("clusters", [.. x], [.. y], ["left", "right"], ["x"]);
    }

    private static VariationalQuantumClassifier Model(int seed, string gradient = "adjoint", QuantumEngine engine = QuantumEngine.Compiled) => new(TestRuntime.Runtime, TestRuntime.Project, new VqcOptions
    {
        Circuit = new CircuitSpec("Encodings.ApplyAngleEncoding", "Ansatzes.ApplyHardwareEfficientAnsatz", 1),
        Epochs = 6,
        BatchSize = 8,
        LearningRate = 0.2,
        Seed = seed,
        Gradient = gradient,
        Engine = engine,
    });

    [Fact]
    public async Task TrainingIsDeterministicForASeed()
    {
        var data = Clusters();
        var a = Model(11);
        var b = Model(11);
        var reportA = await a.FitAsync(data);
        var reportB = await b.FitAsync(data);

        Assert.Equal(a.CircuitParameters, b.CircuitParameters);
        Assert.Equal(reportA.Epochs.Select(e => e.Loss), reportB.Epochs.Select(e => e.Loss));
        Assert.NotEqual(a.CircuitParameters, Model(12) is var c && await c.FitAsync(data) is not null ? c.CircuitParameters : null);
    }

    [Theory]
    [InlineData("parameter-shift", QuantumEngine.Qdk, 5)]
    [InlineData("parameter-shift", QuantumEngine.Compiled, 5)]
    [InlineData("adjoint", QuantumEngine.Compiled, 1)]
    public async Task LearnsSeparableClustersAndCountsItsCircuits(string gradient, QuantumEngine engine, int circuitsPerSample)
    {
        var data = Clusters();
        var model = Model(3, gradient, engine);
        var report = await model.FitAsync(data);

        var predictions = await model.PredictAsync(data.Features);
        Assert.Equal(data.Labels, predictions);
        Assert.Equal(6, report.Epochs.Count);
        Assert.True(report.Epochs[^1].Loss < report.Epochs[0].Loss);
        // Parameter shift evaluates 1 + 2P circuits per sample per step (P = 2 for one qubit and one layer); the adjoint
        // method runs one circuit forward and sweeps back.
        Assert.Equal(6 * 24 * circuitsPerSample, report.CircuitEvaluations);
        Assert.Equal(engine == QuantumEngine.Qdk ? "qdk" : "compiled", Assert.Single(report.Engines).Engine);
        var probabilities = await model.PredictProbabilitiesAsync(data.Features);
        Assert.All(probabilities, p => Assert.Equal(1.0, p.Sum(), 12));
    }

    [Fact]
    public async Task TooFewReadoutQubitsIsAClearError()
    {
        var three = new Dataset("three", [[0.1], [0.2], [0.3]], [0, 1, 2], ["a", "b", "c"], ["x"]);
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Model(1).FitAsync(three));
        Assert.Contains("3 readout qubits", e.Message, StringComparison.Ordinal);
    }
}
