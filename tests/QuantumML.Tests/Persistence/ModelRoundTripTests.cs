using QuantumML.Baselines;
using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Persistence;
using QuantumML.Preprocessing;
using QuantumML.QSharp;
using QuantumML.Quantum;
using QuantumML.Training;

namespace QuantumML.Tests.Persistence;

public sealed class ModelRoundTripTests
{
    private static readonly Lazy<Task<CheckResult>> Check = new(() => TestRuntime.Runtime.CheckAsync(TestRuntime.Project));

    /// <summary>A trained model of <paramref name="kind"/> for data with <paramref name="features"/> features.</summary>
    internal static IPersistentClassifier Untrained(string kind, int features) => kind switch
    {
        "vqc" => new VariationalQuantumClassifier(TestRuntime.Runtime, TestRuntime.Project, new VqcOptions
        {
            Circuit = new CircuitSpec("Encodings.ApplyAngleEncoding", "Ansatzes.ApplyStronglyEntanglingAnsatz", features, 1, 2),
            Epochs = 1,
            BatchSize = 10,
            LearningRate = 0.1,
            Seed = 3,
        }),
        "qsvc" => new QuantumKernelSvm(TestRuntime.Runtime, TestRuntime.Project, new QuantumKernelOptions { Encoding = "Encodings.ApplyAngleEncoding", Qubits = features }),
        "logistic-regression" => new LogisticRegression(),
        "svm" => new SupportVectorMachine(),
        "svm-poly" => new SupportVectorMachine(new SupportVectorMachineOptions { Kernel = SvmKernel.Polynomial(2), C = 0.5 }),
        "mlp" => new MultilayerPerceptron(new MultilayerPerceptronOptions { HiddenLayers = [5, 3], Epochs = 20, Activation = Activation.Relu, Seed = 2 }),
        "mlp-scheduled" => new MultilayerPerceptron(new MultilayerPerceptronOptions
        {
            HiddenLayers = [4], Epochs = 10, Seed = 2, Schedule = new CosineSchedule(0.001), EarlyStopping = new EarlyStoppingOptions(Patience: 2),
        }),
        "logistic-regression-adam" => new LogisticRegression(new LogisticRegressionOptions
        {
            Optimizer = "adam",
            Training = new TrainingOptions { Epochs = 5, BatchSize = 8, Schedule = new StepDecaySchedule(2, 0.5) },
        }),
        "knn" => new KNearestNeighbors(new KNearestNeighborsOptions { K = 3 }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A raw split of <paramref name="classes"/> classes, and the train split's preprocessing, fitted.</summary>
    internal static (Dataset RawTrain, Dataset RawTest, IFeatureTransform[] Transforms) Data(int classes)
    {
        var data = classes == 2 ? SyntheticData.Moons(40, 0.1, new Random(1)) : SyntheticData.Blobs(45, 3, 3, 0.6, new Random(1));
        var (rawTrain, rawTest) = Split.Stratified(data, 0.3, new Random(2));
        IFeatureTransform[] transforms = [new Standardizer(), new Pca(data.FeatureCount), new MinMaxScaler(-1.5, 1.5)];
        var x = rawTrain.Features;
        foreach (var t in transforms) x = t.FitTransform(x);
        return (rawTrain, rawTest, transforms);
    }

    internal static async Task<(ModelFile File, IPersistentClassifier Model, Dataset RawTest, IFeatureTransform[] Transforms)> TrainAsync(string kind, int classes)
    {
        var (rawTrain, rawTest, transforms) = Data(classes);
        var model = Untrained(kind, rawTrain.FeatureCount);
        await model.FitAsync(rawTrain.WithFeatures(Apply(transforms, rawTrain.Features)));
        var check = model.IsQuantum ? await Check.Value : null;
        return (ModelFiles.Create(model, kind, 1, rawTrain, transforms, check), model, rawTest, transforms);
    }

    private static double[][] Apply(IEnumerable<IFeatureTransform> transforms, double[][] x)
    {
        foreach (var t in transforms) x = t.Transform(x);
        return x;
    }

    [Theory]
    [InlineData("vqc", 2)]
    [InlineData("vqc", 3)]
    [InlineData("qsvc", 2)]
    [InlineData("qsvc", 3)]
    [InlineData("logistic-regression", 2)]
    [InlineData("logistic-regression", 3)]
    [InlineData("svm", 2)]
    [InlineData("svm-poly", 3)]
    [InlineData("mlp", 2)]
    [InlineData("mlp", 3)]
    [InlineData("mlp-scheduled", 2)]
    [InlineData("logistic-regression-adam", 3)]
    [InlineData("knn", 2)]
    [InlineData("knn", 3)]
    public async Task SaveLoadAndPredictGivesTheTrainedModelsProbabilitiesBitForBit(string kind, int classes)
    {
        var (file, model, rawTest, transforms) = await TrainAsync(kind, classes);
        var expected = await model.PredictProbabilitiesAsync(Apply(transforms, rawTest.Features));

        var text = ModelFiles.Serialize(file);
        var read = ModelFiles.Parse(text, "model.json");
        var pipeline = await ModelPipeline.RestoreAsync(read, "model.json", TestRuntime.Runtime, TestRuntime.Project);
        var actual = await pipeline.PredictProbabilitiesAsync(rawTest.Features);

        Assert.Equal(rawTest.Count, actual.Length);
        Assert.Equal(Bits(expected), Bits(actual));
        Assert.Equal(model.IsQuantum, read.QSharp is not null);
        Assert.Equal(text, ModelFiles.Serialize(read));
    }

    [Fact]
    public async Task AQuantumModelRecordsTheCallablesItRunsWithHashesOfTheirDeclarations()
    {
        var (file, _, _, _) = await TrainAsync("vqc", 2);

        var callables = file.QSharp!.Callables;
        Assert.Equal(["Encodings.ApplyAngleEncoding", "Ansatzes.ApplyStronglyEntanglingAnsatz", "Ansatzes.StronglyEntanglingParameterCount", "Circuits.ApplyReuploadingCircuit", "Drivers.DumpStates"],
            callables.Select(c => c.Name));
        Assert.Equal("src/Encodings.qs", callables[0].File);
        Assert.All(callables, c => Assert.Matches("^sha256:[0-9a-f]{64}$", c.Sha256!));
        Assert.Equal(TestRuntime.Project.Directory, file.QSharp.Project);
        Assert.Empty(file.QSharp.ChangesSince(await Check.Value));
    }

    [Fact]
    public async Task AnSvmSavesOnlyItsSupportVectorsAndItsResolvedGamma()
    {
        var (file, model, _, _) = await TrainAsync("svm", 2);

        var state = JsonContract.Read<SupportVectorMachineState>(file.Parameters, "$.parameters");
        var svm = (SupportVectorMachine)model;
        Assert.Equal(svm.SupportVectors.Count, state.Support.Vectors.Length);
        Assert.True(state.Support.Vectors.Length < 28, "every training sample was kept");
        Assert.NotNull(((RbfKernel)state.Kernel).Gamma);
        Assert.Null(((RbfKernel)JsonContract.Read<SupportVectorMachineOptions>(file.Hyperparameters, "$.hyperparameters").Kernel).Gamma);
    }

    [Fact]
    public void AnUntrainedModelCannotBeSaved()
    {
        Assert.Throws<InvalidOperationException>(() => Untrained("knn", 2).Snapshot());
        Assert.Throws<InvalidOperationException>(() => Untrained("vqc", 2).Snapshot());
    }

    private static long[] Bits(double[][] rows) => rows.SelectMany(r => r).Select(BitConverter.DoubleToInt64Bits).ToArray();
}
