using System.Globalization;
using QuantumML.Catalogues;
using QuantumML.Gradients;
using QuantumML.QSharp;
using QuantumML.Quantum;
using QuantumML.Settings;
using QuantumML.Training;

namespace QuantumML.Models;

/// <summary>The fields several classifiers share, and the checks that tie them together.</summary>
internal static class ClassifierFields
{
    public static TextField Encoding { get; } = new("encoding", true, "Q# encoding of quantum/, (Double[], Qubit[]) => Unit is Adj, e.g. Encodings.ApplyAngleEncoding") { Tunable = true };

    public static TextField Ansatz { get; } = new("ansatz", true, "Q# ansatz of quantum/, (Double[], Qubit[]) => Unit is Adj, e.g. Ansatzes.ApplyHardwareEfficientAnsatz") { Tunable = true };

    public static WholeField Qubits { get; } = new("qubits", 0, 1, 24, "register size (dense angle encoding needs half the features, amplitude encoding log₂)")
    {
        Tunable = true, DefaultNote = "the number of features after preprocessing",
    };

    public static NumberField C { get; } = new("c", 1.0, 1e-9, 1e9, "the SVM's box constraint (inverse regularization)") { Tunable = true };

    public static ChoiceField Loss { get; } = new("loss", "cross-entropy", ["cross-entropy", "hinge", "squared-error"], "the training loss") { Tunable = true };

    public static WholeField Shots { get; } = QuantumFields.Shots with { Tunable = true };

    /// <summary>The model's schedule, early stopping and checkpoints, sweepable as declared.</summary>
    public static IReadOnlyList<Field> Training => TrainingSettings.Fields;

    /// <summary>The quantum execution fields: execution, shots, noise, engine.</summary>
    public static IReadOnlyList<Field> Quantum => [QuantumFields.Execution, Shots, QuantumFields.Noise, QuantumFields.Engine];

    /// <summary>The optimizer, after refusing epoch-training fields it cannot honour.</summary>
    public static string FirstOrderChecked(SettingsReader s, string optimizer)
    {
        TrainingSettings.RequireFirstOrder(s, optimizer);
        return optimizer;
    }

    /// <summary>A quantum model's execution mode, with the qubit limits of the modes that dump states, and its noise: one
    /// level (shots mode only), or the level of a noise-training job.</summary>
    public static ExecutionMode Execution(SettingsReader s, PauliNoise? trainingNoise, int qubits, QuantumEngine engine)
    {
        var kind = QuantumFields.Execution.Read(s);
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
        var shots = Shots.Read(s);
        var noise = NoiseSettings.Read(s);
        var pauli = trainingNoise;
        if (noise is { IsSweep: false })
        {
            if (kind != "shots") throw s.Error($"{s.Path}.noise needs \"execution\": \"shots\" (noise acts on measured circuits; exact and sampled modes have no noise)");
            pauli = noise.Levels[0].Noise;
        }
        return QuantumFields.ExecutionOf(kind, shots, pauli);
    }

    /// <summary>The vqc's gradient: adjoint by default in exact mode on the compiled engine, else parameter-shift.</summary>
    public static string Gradient(SettingsReader s, ChoiceField field)
    {
        var exact = (s.OptionalText(QuantumFields.Execution.Name) ?? QuantumFields.Execution.Fallback) == "exact";
        var compiled = (s.OptionalText(QuantumFields.Engine.Name) ?? QuantumFields.Engine.Fallback) == "compiled";
        var gradient = field.Read(s, exact && compiled ? GradientCatalogue.Adjoint : GradientCatalogue.ParameterShift);
        if (gradient == GradientCatalogue.Adjoint && !exact)
            throw s.Error($"{s.Path}.gradient: the adjoint method differentiates exact states; with \"execution\": \"{s.OptionalText(QuantumFields.Execution.Name)}\" use parameter-shift, finite-difference or spsa");
        if (gradient == GradientCatalogue.Adjoint && !compiled)
            throw s.Error($"{s.Path}.gradient: the adjoint method runs on the compiled engine; with \"engine\": \"qdk\" use parameter-shift");
        return gradient;
    }

    /// <summary>The perceptron's hidden widths: one or two layers of 1 to 100,000 units, with at most
    /// <see cref="SpecLimits.MaxPerceptronWeights"/> weights from the inputs through the last hidden layer.</summary>
    public static int[] HiddenLayers(SettingsReader s, int featureCount)
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
            throw s.Error(string.Create(CultureInfo.InvariantCulture,
                $"{s.Path}.hidden [{string.Join(", ", widths)}] makes {weights:N0} weights with {featureCount} input features; at most {SpecLimits.MaxPerceptronWeights:N0} (each needs 32 bytes with its gradient and optimizer moments)"));
        }
        return widths;
    }

    /// <summary>Refuses a kernel model whose n × n Gram matrix of the training split would not fit in memory.</summary>
    public static void KernelSize(SettingsReader s, string name, string type, Data.Dataset train)
    {
        if (train.Count > SpecLimits.MaxKernelSamples)
        {
            throw s.Error(string.Create(CultureInfo.InvariantCulture,
                $"{s.Path} ('{name}'): a {type} keeps an n × n kernel matrix of its training split, here {train.Count} samples; at most {SpecLimits.MaxKernelSamples} (use fewer samples or a larger $.split.test_fraction)"));
        }
    }
}
