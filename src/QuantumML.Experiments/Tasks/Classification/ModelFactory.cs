using QuantumML.Baselines;
using QuantumML.Experiments.Specs;
using QuantumML.Models;
using QuantumML.QSharp;
using QuantumML.Quantum;
using QuantumML.Training;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Builds a fresh model for one (model spec, seed), reading and checking the model's fields.</summary>
/// <param name="runtime">The Q# runtime, for quantum models.</param>
/// <param name="project">The Q# project whose operations the specs name.</param>
public sealed class ModelFactory(QSharpRuntime runtime, QSharpProject project)
{
    /// <summary>The runtime quantum models run on.</summary>
    public QSharpRuntime Runtime => runtime;

    /// <summary>The Q# project the specs name operations of.</summary>
    public QSharpProject Project => project;

    /// <summary>Checks every model's fields once, before anything runs, so that a typo fails fast; Q# names
    /// must be among <paramref name="callables"/> (the project's, fully qualified) when that is given.</summary>
    public void Validate(ClassificationSpec spec, int featureCount, IReadOnlyCollection<string>? callables = null)
    {
        foreach (var model in spec.Models)
        {
            try
            {
                Create(model, spec.Seeds[0], featureCount);
            }
            catch (SpecException e) when (model.Sweep is { } candidate)
            {
                // The candidate's values stand in the model's fields: say which sweep point holds the bad one.
                throw new SpecException($"{e.Message} (in candidate '{model.Name}' of {candidate.Origin})");
            }
            if (callables is null || !model.IsQuantum) continue;
            foreach (var field in new[] { "encoding", "ansatz" })
            {
                var name = model.Settings.OptionalText(field);
                if (name is not null && !callables.Contains(name))
                {
                    var suggestions = callables.Where(c => c.StartsWith(field == "encoding" ? "Encodings." : "Ansatzes.", StringComparison.Ordinal));
                    throw model.Settings.Error($"{model.Settings.Path}.{field}: '{name}' is not an operation of the Q# project; for example: {string.Join(", ", suggestions)}");
                }
            }
        }
    }

    /// <summary>A new, untrained model.</summary>
    public IClassifier Create(ModelSpec spec, int seed, int featureCount)
    {
        var s = spec.Settings;
        IClassifier model = spec.Type switch
        {
            "vqc" => new VariationalQuantumClassifier(runtime, project, new VqcOptions
            {
                Schedule = TrainingSettings.Schedule(s, s.Number("learning_rate", 0.05, 1e-9, 100)),
                EarlyStopping = TrainingSettings.EarlyStopping(s),
                CheckpointEvery = TrainingSettings.CheckpointEvery(s),
                Name = spec.Name,
                Circuit = new CircuitSpec(s.Text("encoding"), s.Text("ansatz"), s.Whole("qubits", featureCount, 1, 24), s.Whole("layers", 1, 1, 100), s.Whole("uploads", 1, 1, 100))
                {
                    ParameterCountFunction = s.OptionalText("parameter_count"),
                },
                Epochs = s.Whole("epochs", 20, 1, 100_000),
                BatchSize = s.Whole("batch_size", 16, 1, 100_000),
                Optimizer = FirstOrderChecked(s, s.Choice("optimizer", "adam", "adam", "sgd", "rmsprop", "spsa", "lbfgs", "nelder-mead")),
                LearningRate = s.Number("learning_rate", 0.05, 1e-9, 100),
                Gradient = GradientOf(s),
                Loss = s.Choice("loss", "cross-entropy", "cross-entropy", "hinge", "squared-error") switch
                {
                    "hinge" => LossKind.Hinge,
                    "squared-error" => LossKind.SquaredError,
                    _ => LossKind.CrossEntropy,
                },
                Execution = Execution(s, spec.TrainingNoise, s.Whole("qubits", featureCount, 1, 24), EngineOf(s)),
                Engine = EngineOf(s),
                Seed = seed,
            }),
            "qsvc" => new QuantumKernelSvm(runtime, project, new QuantumKernelOptions
            {
                Name = spec.Name,
                Encoding = s.Text("encoding"),
                Qubits = s.Whole("qubits", featureCount, 1, 24),
                C = s.Number("c", 1.0, 1e-9, 1e9),
                Execution = Execution(s, spec.TrainingNoise, s.Whole("qubits", featureCount, 1, 24), EngineOf(s)),
                Engine = EngineOf(s),
                Seed = seed,
            }),
            "logistic-regression" => LogisticRegressionOf(s, seed),
            "svm" => new SupportVectorMachine(new SupportVectorMachineOptions
            {
                C = s.Number("c", 1.0, 1e-9, 1e9),
                Kernel = SvmKernelOf(s),
            }),
            "mlp" => new MultilayerPerceptron(new MultilayerPerceptronOptions
            {
                HiddenLayers = HiddenLayers(s, featureCount),
                Epochs = s.Whole("epochs", 200, 1, 1_000_000),
                LearningRate = s.Number("learning_rate", 0.01, 1e-9, 100),
                BatchSize = s.Whole("batch_size", 32, 1, 1_000_000),
                Optimizer = s.Choice("optimizer", "adam", "adam", "sgd", "rmsprop"),
                Schedule = TrainingSettings.Schedule(s, s.Number("learning_rate", 0.01, 1e-9, 100)),
                EarlyStopping = TrainingSettings.EarlyStopping(s),
                CheckpointEvery = TrainingSettings.CheckpointEvery(s),
                Seed = seed,
            }),
            "knn" => new KNearestNeighbors(new KNearestNeighborsOptions { K = s.Whole("k", 5, 1, 10_000) }),
            _ => throw s.Error($"{s.Path}.type '{spec.Type}' is not a model type; allowed: {string.Join(", ", ClassificationSpecLoader.ModelTypes)}"),
        };
        var sweep = model.IsQuantum ? NoiseSweep(spec) : null;
        var federated = FederatedSpec.Read(s);
        if (federated is not null)
        {
            if (model is not IParametricClassifier)
                throw s.Error($"{s.Path}.federated: a {spec.Type} has no parameters to average; federated training takes vqc, logistic-regression and mlp");
            if (model is LogisticRegression { Options.Optimizer: "lbfgs" })
                throw s.Error($"{s.Path}.federated: clients train by epochs; give the logistic regression \"optimizer\": \"adam\", \"sgd\" or \"rmsprop\"");
            if (model is VariationalQuantumClassifier && !StepOptimizers.Names.Contains(s.OptionalText("optimizer") ?? "adam"))
                throw s.Error($"{s.Path}.federated: clients train by epochs; give the vqc \"optimizer\": {string.Join(", ", StepOptimizers.Names)}");
            foreach (var field in new[] { "early_stopping", "checkpoint_every" })
                if (s.Has(field)) throw s.Error($"{s.Path}.{field} is not supported with federated training (rounds replace epochs)");
        }
        s.RejectUnknown("type", "name", "noise_training");
        return new NamedClassifier(spec.Name, model) { NoiseSweep = sweep, Federated = federated };
    }

    /// <summary>The perceptron's hidden widths: one or two layers of 1 to 100,000 units, with at most
    /// <see cref="SpecLimits.MaxPerceptronWeights"/> weights from the inputs through the last hidden layer.</summary>
    private static int[] HiddenLayers(SettingsReader s, int featureCount)
    {
        var widths = s.Integers("hidden") ?? [32];
        if (widths.Length is < 1 or > 2) throw s.Error($"{s.Path}.hidden lists {widths.Length} layers; the perceptron takes one or two hidden layers, e.g. [32] or [32, 16]");
        for (var i = 0; i < widths.Length; i++)
        {
            if (widths[i] is < 1 or > 100_000) throw s.Error($"{s.Path}.hidden[{i}] is {widths[i]}; it must be in [1, 100000]");
        }
        var weights = (long)featureCount * widths[0];
        for (var i = 1; i < widths.Length; i++) weights += (long)widths[i - 1] * widths[i];
        if (weights > SpecLimits.MaxPerceptronWeights)
        {
            throw s.Error(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{s.Path}.hidden [{string.Join(", ", widths)}] makes {weights:N0} weights with {featureCount} input features; at most {SpecLimits.MaxPerceptronWeights:N0} (each needs 32 bytes with its gradient and optimizer moments)"));
        }
        return widths;
    }

    private static LogisticRegression LogisticRegressionOf(SettingsReader s, int seed)
    {
        var optimizer = FirstOrderChecked(s, s.Choice("optimizer", "lbfgs", "lbfgs", "adam", "sgd", "rmsprop"));
        return new LogisticRegression(new LogisticRegressionOptions
        {
            L2 = s.Number("l2", 1e-2, 0, 1e9),
            MaxIterations = s.Whole("max_iterations", 1000, 1, 1_000_000),
            Optimizer = optimizer,
            // With L-BFGS the epoch fields stay unread, so the unknown-field check refuses them by name.
            Training = optimizer == "lbfgs" ? new TrainingOptions() : EpochTraining(s, seed, epochs: 100, batchSize: 32, learningRate: 0.05),
        });
    }

    /// <summary>The optimizer, after refusing epoch-training fields it cannot honour.</summary>
    private static string FirstOrderChecked(SettingsReader s, string optimizer)
    {
        TrainingSettings.RequireFirstOrder(s, optimizer);
        return optimizer;
    }

    /// <summary>Epoch-training settings read from a model's fields (used when its optimizer is a first-order one).</summary>
    private static TrainingOptions EpochTraining(SettingsReader s, int seed, int epochs, int batchSize, double learningRate)
    {
        var rate = s.Number("learning_rate", learningRate, 1e-9, 100);
        return new TrainingOptions
        {
            Epochs = s.Whole("epochs", epochs, 1, 1_000_000),
            BatchSize = s.Whole("batch_size", batchSize, 1, 1_000_000),
            LearningRate = rate,
            Schedule = TrainingSettings.Schedule(s, rate),
            EarlyStopping = TrainingSettings.EarlyStopping(s),
            CheckpointEvery = TrainingSettings.CheckpointEvery(s),
            Seed = seed,
        };
    }

    private static SvmKernel SvmKernelOf(SettingsReader s)
    {
        var kernel = s.Choice("kernel", "rbf", "linear", "rbf", "poly");
        double? gamma = s.Has("gamma") ? s.Number("gamma", 1, 1e-12, 1e12) : null;
        var degree = s.Whole("degree", 3, 1, 10);
        if (kernel == "linear" && gamma is not null) throw s.Error($"{s.Path}.gamma applies to the rbf and poly kernels, not linear");
        if (kernel != "poly" && s.Has("degree")) throw s.Error($"{s.Path}.degree applies to the poly kernel only");
        return kernel switch
        {
            "linear" => SvmKernel.Linear,
            "poly" => SvmKernel.Polynomial(degree, gamma),
            _ => SvmKernel.Rbf(gamma),
        };
    }

    /// <summary>The engine a quantum model's <c>"engine"</c> field names: compiled (the default) or qdk.</summary>
    internal static QuantumEngine EngineOf(SettingsReader s) =>
        s.Choice("engine", "compiled", "compiled", "qdk") == "qdk" ? QuantumEngine.Qdk : QuantumEngine.Compiled;

    /// <summary>The vqc's gradient: adjoint by default in exact mode on the compiled engine, else parameter-shift.</summary>
    private static string GradientOf(SettingsReader s)
    {
        var exact = (s.OptionalText("execution") ?? "exact") == "exact";
        var compiled = (s.OptionalText("engine") ?? "compiled") == "compiled";
        var gradient = s.Choice("gradient", exact && compiled ? "adjoint" : "parameter-shift", "adjoint", "parameter-shift", "finite-difference", "spsa");
        if (gradient == "adjoint" && !exact)
            throw s.Error($"{s.Path}.gradient: the adjoint method differentiates exact states; with \"execution\": \"{s.OptionalText("execution")}\" use parameter-shift, finite-difference or spsa");
        if (gradient == "adjoint" && !compiled)
            throw s.Error($"{s.Path}.gradient: the adjoint method runs on the compiled engine; with \"engine\": \"qdk\" use parameter-shift");
        return gradient;
    }

    private static ExecutionMode Execution(SettingsReader s, NoiseLevel? trainingNoise, int qubits, QuantumEngine engine)
    {
        var kind = s.Choice("execution", "exact", "exact", "sampled", "shots");
        if (kind != "shots" && engine == QuantumEngine.Qdk && qubits > SpecLimits.MaxDumpedQubits)
        {
            throw s.Error($"{s.Path}.qubits is {qubits}; in the {kind} mode on the QDK engine every circuit's state is dumped from the simulator, which holds that for at most " +
                $"{SpecLimits.MaxDumpedQubits} qubits (use the compiled engine, up to {SpecLimits.MaxCompiledQubits} qubits; fewer qubits, e.g. with \"pca\"; or \"execution\": \"shots\", which measures in Q# without dumps: up to 24 qubits, but slowly)");
        }
        if (kind != "shots" && qubits > SpecLimits.MaxCompiledQubits)
        {
            throw s.Error($"{s.Path}.qubits is {qubits}; in the {kind} mode the compiled engine holds one state per core and per sample of a batch, at most " +
                $"{SpecLimits.MaxCompiledQubits} qubits (use fewer qubits, e.g. with \"pca\", or \"execution\": \"shots\", which measures in Q#: up to 24 qubits, but slowly)");
        }
        var shots = s.Whole("shots", 1000, 1, 10_000_000);
        var noise = NoiseSpec.Read(s);
        PauliNoise? pauli = trainingNoise?.Noise;
        if (noise is { IsSweep: false })
        {
            if (kind != "shots") throw s.Error($"{s.Path}.noise needs \"execution\": \"shots\" (noise acts on measured circuits; exact and sampled modes have no noise)");
            pauli = noise.Levels[0].Noise;
        }
        return ExecutionOf(kind, shots, pauli);
    }

    /// <summary>The execution mode a spec's <c>"execution"</c> field (exact, sampled or shots) names.</summary>
    internal static ExecutionMode ExecutionOf(string execution, int shots, PauliNoise? noise) => execution switch
    {
        "sampled" => new ExecutionMode(ExecutionKind.SampledInHost, shots),
        "shots" => new ExecutionMode(ExecutionKind.ShotsInQSharp, shots, noise),
        _ => ExecutionMode.Exact,
    };

    /// <summary>The noise levels at which a trained model is evaluated again, when its noise field is a sweep.</summary>
    private static IReadOnlyList<NoiseLevel>? NoiseSweep(ModelSpec spec)
    {
        var noise = NoiseSpec.Read(spec.Settings);
        if (noise is not { IsSweep: true } || spec.TrainingNoise is not null) return null;
        if (spec.Type != "vqc")
            throw spec.Settings.Error($"{spec.Settings.Path}.noise: a list of levels sweeps a trained vqc's test predictions under noise; a {spec.Type}'s kernel would need every test × training circuit measured at every level (give one level and \"execution\": \"shots\")");
        return noise.Levels;
    }
}

/// <summary>A model under the name the spec gives it.</summary>
internal sealed class NamedClassifier(string name, IClassifier inner) : IClassifier
{
    public string Name => name;

    /// <summary>Noise levels at which the trained model's test predictions are measured again, or null.</summary>
    public IReadOnlyList<NoiseLevel>? NoiseSweep { get; init; }

    /// <summary>How the model is trained federated, or null for centralized training.</summary>
    public FederatedSpec? Federated { get; init; }

    public bool IsQuantum => inner.IsQuantum;

    public IClassifier Inner => inner;

    public Task<FitReport> FitAsync(Data.Dataset train, CancellationToken cancellationToken = default) => inner.FitAsync(train, cancellationToken);

    public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default) =>
        inner.PredictProbabilitiesAsync(features, cancellationToken);
}
