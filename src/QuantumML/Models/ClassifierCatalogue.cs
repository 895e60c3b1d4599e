using QuantumML.Baselines;
using QuantumML.Catalogues;
using QuantumML.Gradients;
using QuantumML.Optimization;
using QuantumML.Persistence;
using QuantumML.Quantum;
using QuantumML.Training;
using F = QuantumML.Models.ClassifierFields;

namespace QuantumML.Models;

/// <summary>The classifiers a classification spec names (<c>"type"</c> of its models): each entry declares its fields
/// (spec checks, sweeps, <c>qml list</c> and the README read them), builds the model from them, and rebuilds it from a
/// model file.</summary>
public static class ClassifierCatalogue
{
    private static readonly WholeField s_vqcLayers = new("layers", 1, 1, 100, "ansatz layers per upload") { Tunable = true };
    private static readonly WholeField s_uploads = new("uploads", 1, 1, 100, "how many times the features are encoded, alternating with the ansatz (more than 1: data re-uploading)") { Tunable = true };
    private static readonly TextField s_parameterCount = new("parameter_count", false, "the Q# (Int, Int) -> Int function counting the ansatz's parameters")
    {
        DefaultNote = "from the ansatz name: Ns.ApplyFooAnsatz pairs with Ns.FooParameterCount",
    };
    private static readonly WholeField s_vqcEpochs = new("epochs", 20, 1, 100_000, "passes over the training split (iterations for spsa, lbfgs and nelder-mead)") { Tunable = true };
    private static readonly WholeField s_vqcBatch = new("batch_size", 16, 1, 100_000, "samples per step of the first-order optimizers") { Tunable = true };
    private static readonly ChoiceField s_vqcOptimizer = new("optimizer", OptimizerCatalogue.Adam, OptimizerCatalogue.Catalogue.Names, "the optimizer (see the optimizers)") { Tunable = true };
    private static readonly NumberField s_vqcRate = new("learning_rate", 0.05, 1e-9, 100, "step size of the first-order optimizers") { Tunable = true };
    private static readonly ChoiceField s_vqcGradient = new("gradient", "", GradientCatalogue.Catalogue.Names, "how the circuit is differentiated (see the gradient methods)")
    {
        Tunable = true, DefaultNote = "adjoint in exact mode on the compiled engine, else parameter-shift",
    };

    private static readonly NumberField s_l2 = new("l2", 1e-2, 0, 1e9, "the L2 penalty λ of (λ/2)·‖W‖² (the bias is not penalised)") { Tunable = true };
    private static readonly WholeField s_maxIterations = new("max_iterations", 1000, 1, 1_000_000, "the L-BFGS iteration limit") { Tunable = true };
    private static readonly ChoiceField s_logisticOptimizer = new("optimizer", OptimizerCatalogue.Lbfgs, [OptimizerCatalogue.Lbfgs, .. OptimizerCatalogue.FirstOrder],
        "lbfgs: full batch to convergence; or a first-order optimizer trained by epochs") { Tunable = true };
    private static readonly WholeField s_logisticEpochs = new("epochs", 100, 1, 1_000_000, "passes over the training split (first-order optimizers)") { Tunable = true };
    private static readonly WholeField s_logisticBatch = new("batch_size", 32, 1, 1_000_000, "samples per step (first-order optimizers)") { Tunable = true };
    private static readonly NumberField s_logisticRate = new("learning_rate", 0.05, 1e-9, 100, "step size (first-order optimizers)") { Tunable = true };

    private static readonly ChoiceField s_kernel = new("kernel", "rbf", ["linear", "rbf", "poly"], "the kernel") { Tunable = true };
    private static readonly NumberField s_gamma = new("gamma", 1, 1e-12, 1e12, "the rbf and poly kernels' scale")
    {
        Tunable = true, DefaultNote = "\"scale\": 1/(features × variance)",
    };
    private static readonly WholeField s_degree = new("degree", 3, 1, 10, "the poly kernel's degree") { Tunable = true };

    private static readonly ShapedField s_hidden = new("hidden", "[integers]", "[32]", "hidden-layer widths, one or two layers") { Tunable = true };
    private static readonly WholeField s_mlpEpochs = new("epochs", 200, 1, 1_000_000, "passes over the training split") { Tunable = true };
    private static readonly NumberField s_mlpRate = new("learning_rate", 0.01, 1e-9, 100, "the optimizer's step size") { Tunable = true };
    private static readonly WholeField s_mlpBatch = new("batch_size", 32, 1, 1_000_000, "samples per step") { Tunable = true };
    private static readonly ChoiceField s_mlpOptimizer = new("optimizer", OptimizerCatalogue.Adam, OptimizerCatalogue.FirstOrder, "a first-order optimizer") { Tunable = true };

    private static readonly WholeField s_k = new("k", 5, 1, 10_000, "neighbours that vote") { Tunable = true };

    /// <summary>Every classifier, quantum ones first.</summary>
    public static Catalogue<ClassifierEntry> Catalogue { get; } = new("classifiers", "models[].type (classification)",
    [
        new(ModelKind.Of<VqcOptions, VqcState>(VariationalQuantumClassifier.Kind, true, VariationalQuantumClassifier.RestoreAsync),
            "variational quantum classifier: a Q# encoding and ansatz (re-uploaded or not), ⟨Z⟩ readouts with a trained scale and bias per class",
            (s, c) => new VariationalQuantumClassifier(c.Runtime!, c.Project!, new VqcOptions
            {
                Schedule = TrainingSettings.ScheduleOf(s, s_vqcRate.Read(s)),
                EarlyStopping = TrainingSettings.EarlyStoppingOf(s),
                CheckpointEvery = TrainingSettings.CheckpointEveryOf(s),
                Name = c.Name,
                Circuit = new CircuitSpec(F.Encoding.Read(s)!, F.Ansatz.Read(s)!, F.Qubits.Read(s, c.FeatureCount), s_vqcLayers.Read(s), s_uploads.Read(s))
                {
                    ParameterCountFunction = s_parameterCount.Read(s),
                },
                Epochs = s_vqcEpochs.Read(s),
                BatchSize = s_vqcBatch.Read(s),
                Optimizer = F.FirstOrderChecked(s, s_vqcOptimizer.Read(s)),
                LearningRate = s_vqcRate.Read(s),
                Gradient = F.Gradient(s, s_vqcGradient),
                Loss = F.Loss.Read(s) switch
                {
                    "hinge" => LossKind.Hinge,
                    "squared-error" => LossKind.SquaredError,
                    _ => LossKind.CrossEntropy,
                },
                Execution = F.Execution(s, c.TrainingNoise, F.Qubits.Read(s, c.FeatureCount), QuantumFields.EngineOf(s)),
                Engine = QuantumFields.EngineOf(s),
                Seed = c.Seed,
            }))
        {
            Remeasurable = true,
            Fields = [F.Encoding, F.Ansatz, F.Qubits, s_vqcLayers, s_uploads, s_parameterCount, s_vqcEpochs, s_vqcBatch, s_vqcOptimizer, s_vqcRate,
                .. F.Training, s_vqcGradient, F.Loss, .. F.Quantum],
        },
        new(ModelKind.Of<QuantumKernelOptions, SupportVectorSet>(QuantumKernelSvm.Kind, true, QuantumKernelSvm.RestoreAsync),
            "quantum kernel SVM: the fidelity |⟨φ(x)|φ(x')⟩|² of a Q# encoding as the SVM's kernel",
            (s, c) => new QuantumKernelSvm(c.Runtime!, c.Project!, new QuantumKernelOptions
            {
                Name = c.Name,
                Encoding = F.Encoding.Read(s)!,
                Qubits = F.Qubits.Read(s, c.FeatureCount),
                C = F.C.Read(s),
                Execution = F.Execution(s, c.TrainingNoise, F.Qubits.Read(s, c.FeatureCount), QuantumFields.EngineOf(s)),
                Engine = QuantumFields.EngineOf(s),
                Seed = c.Seed,
            }))
        {
            Fields = [F.Encoding, F.Qubits, F.C, .. F.Quantum],
            SizeCheck = (s, name, train) => F.KernelSize(s, name, QuantumKernelSvm.Kind, train),
        },
        new(ModelKind.Of<LogisticRegressionOptions, LogisticRegressionState>(LogisticRegression.Kind, false,
                (o, s, c, _) => Task.FromResult<IClassifier>(LogisticRegression.Restore(o, s, c))),
            "multinomial logistic regression with an L2 penalty",
            (s, c) =>
            {
                var optimizer = F.FirstOrderChecked(s, s_logisticOptimizer.Read(s));
                return new LogisticRegression(new LogisticRegressionOptions
                {
                    L2 = s_l2.Read(s),
                    MaxIterations = s_maxIterations.Read(s),
                    Optimizer = optimizer,
                    // With L-BFGS the epoch fields stay unread, so the unknown-field check refuses them by name.
                    Training = optimizer == OptimizerCatalogue.Lbfgs ? new TrainingOptions() : EpochTraining(s, c.Seed, s_logisticEpochs, s_logisticBatch, s_logisticRate),
                });
            })
        {
            Fields = [s_l2, s_maxIterations, s_logisticOptimizer, s_logisticEpochs, s_logisticBatch, s_logisticRate, .. F.Training],
        },
        new(ModelKind.Of<SupportVectorMachineOptions, SupportVectorMachineState>(SupportVectorMachine.Kind, false,
                (o, s, c, _) => Task.FromResult<IClassifier>(SupportVectorMachine.Restore(o, s, c))),
            "support vector machine (SMO) with a linear, RBF or polynomial kernel",
            (s, _) => new SupportVectorMachine(new SupportVectorMachineOptions { C = F.C.Read(s), Kernel = SvmKernelOf(s) }))
        {
            Fields = [s_kernel, F.C, s_gamma, s_degree],
            SizeCheck = (s, name, train) => F.KernelSize(s, name, SupportVectorMachine.Kind, train),
        },
        new(ModelKind.Of<MultilayerPerceptronOptions, MultilayerPerceptronState>(MultilayerPerceptron.Kind, false,
                (o, s, c, _) => Task.FromResult<IClassifier>(MultilayerPerceptron.Restore(o, s, c))),
            "multilayer perceptron: tanh hidden layers and a softmax output",
            (s, c) => new MultilayerPerceptron(new MultilayerPerceptronOptions
            {
                HiddenLayers = F.HiddenLayers(s, c.FeatureCount),
                Epochs = s_mlpEpochs.Read(s),
                LearningRate = s_mlpRate.Read(s),
                BatchSize = s_mlpBatch.Read(s),
                Optimizer = s_mlpOptimizer.Read(s),
                Schedule = TrainingSettings.ScheduleOf(s, s_mlpRate.Read(s)),
                EarlyStopping = TrainingSettings.EarlyStoppingOf(s),
                CheckpointEvery = TrainingSettings.CheckpointEveryOf(s),
                Seed = c.Seed,
            }))
        {
            Fields = [s_hidden, s_mlpEpochs, s_mlpRate, s_mlpBatch, s_mlpOptimizer, .. F.Training],
            SizeCheck = MlpSize,
        },
        new(ModelKind.Of<KNearestNeighborsOptions, KNearestNeighborsState>(KNearestNeighbors.Kind, false,
                (o, s, c, _) => Task.FromResult<IClassifier>(KNearestNeighbors.Restore(o, s, c))),
            "k nearest neighbours, Euclidean, majority vote",
            (s, _) => new KNearestNeighbors(new KNearestNeighborsOptions { K = s_k.Read(s) }))
        {
            Fields = [s_k],
        },
    ]);

    /// <summary>Epoch-training settings read from a model's fields (used when its optimizer is a first-order one).</summary>
    private static TrainingOptions EpochTraining(Settings.SettingsReader s, int seed, WholeField epochs, WholeField batchSize, NumberField learningRate)
    {
        var rate = learningRate.Read(s);
        return new TrainingOptions
        {
            Epochs = epochs.Read(s),
            BatchSize = batchSize.Read(s),
            LearningRate = rate,
            Schedule = TrainingSettings.ScheduleOf(s, rate),
            EarlyStopping = TrainingSettings.EarlyStoppingOf(s),
            CheckpointEvery = TrainingSettings.CheckpointEveryOf(s),
            Seed = seed,
        };
    }

    private static SvmKernel SvmKernelOf(Settings.SettingsReader s)
    {
        var kernel = s_kernel.Read(s);
        double? gamma = s.Has(s_gamma.Name) ? s_gamma.Read(s) : null;
        var degree = s_degree.Read(s);
        if (kernel == "linear" && gamma is not null) throw s.Error($"{s.Path}.gamma applies to the rbf and poly kernels, not linear");
        if (kernel != "poly" && s.Has(s_degree.Name)) throw s.Error($"{s.Path}.degree applies to the poly kernel only");
        return kernel switch
        {
            "linear" => SvmKernel.Linear,
            "poly" => SvmKernel.Polynomial(degree, gamma),
            _ => SvmKernel.Rbf(gamma),
        };
    }

    /// <summary>Refuses a perceptron whose activations for the whole training split would not fit in memory.</summary>
    private static void MlpSize(Settings.SettingsReader s, string name, Data.Dataset train)
    {
        var widths = (long)F.HiddenLayers(s, train.FeatureCount).Sum() + train.FeatureCount + train.ClassCount;
        var activations = train.Count * widths;
        if (activations > Settings.SpecLimits.MaxPerceptronActivations)
        {
            throw s.Error(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{s.Path}.hidden: predicting the {train.Count} training samples keeps {train.Count} × {widths} = {activations:N0} activations; at most {Settings.SpecLimits.MaxPerceptronActivations:N0} (use narrower layers or fewer samples)"));
        }
    }
}
