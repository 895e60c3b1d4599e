using QuantumML.Persistence;

namespace QuantumML.Baselines;

/// <summary>The support vectors of trained machines and each machine's coefficients on them.</summary>
/// <param name="Classes">How many classes the machines tell apart.</param>
/// <param name="Vectors">The training samples that are a support vector of any machine, in training order.</param>
/// <param name="Machines">One machine for two classes, one per class (that class against the rest) otherwise.</param>
public sealed record SupportVectorSet(int Classes, double[][] Vectors, BinaryMachineState[] Machines);

/// <summary>One two-class machine: decision(x) = Σᵢ Coefficients[i]·k(Vectors[i], x) + Bias.</summary>
/// <param name="Coefficients">αᵢ·yᵢ per support vector (0 where the vector supports another machine only).</param>
/// <param name="Bias">The offset b.</param>
public sealed record BinaryMachineState(double[] Coefficients, double Bias);

/// <summary>What a trained <see cref="SupportVectorMachine"/> learnt.</summary>
/// <param name="Kernel">The kernel with every data-dependent setting fixed (gamma "scale" resolved on the training set).</param>
/// <param name="Support">The support vectors and the machines.</param>
public sealed record SupportVectorMachineState(SvmKernel Kernel, SupportVectorSet Support);

public sealed partial class SupportVectorMachine : IPersistentClassifier
{
    /// <summary>The kind in model files.</summary>
    internal const string Kind = "svm";

    /// <inheritdoc/>
    public ModelSnapshot Snapshot()
    {
        if (_training is null || _machines.Length == 0) throw BaselineChecks.NotFitted(Name);
        var kernel = Options.Kernel switch
        {
            RbfKernel { Gamma: null } r => r with { Gamma = SvmKernel.ScaleGamma(_training) },
            PolynomialKernel { Gamma: null } p => p with { Gamma = SvmKernel.ScaleGamma(_training) },
            CustomKernel c => throw new NotSupportedException($"The custom kernel '{c.Name}' is a function and cannot be saved; save the model that supplies it instead."),
            var k => k,
        };
        return new ModelSnapshot(Kind, Options, new SupportVectorMachineState(kernel, ExportSupport(_training)), []);
    }

    /// <summary>The support vectors among <paramref name="training"/> (the rows the machines were trained on) and the
    /// machines' coefficients on them.</summary>
    /// <remarks>Only support vectors are kept: the others have coefficient 0 in every machine. Keeping their training
    /// order keeps each decision's sum in the same order, so a restored model decides bit for bit as this one.
    /// When no sample is a support vector (every machine saw one class) the first is kept, so that the rows' width is known.</remarks>
    internal SupportVectorSet ExportSupport(double[][] training)
    {
        if (_machines.Length == 0) throw BaselineChecks.NotFitted(Name);
        var kept = SupportVectors.Count > 0 ? SupportVectors : [0];
        var machines = _machines.Select(m => new BinaryMachineState(kept.Select(i => m.Coefficients[i]).ToArray(), m.Bias)).ToArray();
        return new SupportVectorSet(_classCount, kept.Select(i => training[i].ToArray()).ToArray(), machines);
    }

    /// <summary>A trained machine from its saved support; with a <paramref name="kernel"/> it predicts from features,
    /// without one only from kernel rows (as after <see cref="FitPrecomputed"/>).</summary>
    internal static SupportVectorMachine FromSupport(SupportVectorMachineOptions options, SupportVectorSet support, SvmKernel? kernel, RestoreContext context, string field)
    {
        context.CheckClasses(support.Classes, $"{field}.classes");
        var machineCount = support.Classes == 2 ? 1 : support.Classes;
        if (support.Machines.Length != machineCount)
            throw ModelFileException.At($"{field}.machines", $"holds {support.Machines.Length} machines; {support.Classes} classes need {machineCount}");
        RestoreContext.CheckMatrix(support.Vectors, context.FeatureCount, $"{field}.vectors");
        for (var m = 0; m < machineCount; m++)
        {
            RestoreContext.CheckVector(support.Machines[m].Coefficients, support.Vectors.Length, $"{field}.machines[{m}].coefficients");
            RestoreContext.CheckVector([support.Machines[m].Bias], 1, $"{field}.machines[{m}].bias");
        }
        var training = support.Vectors.Select(v => v.ToArray()).ToArray();
        return new SupportVectorMachine(options)
        {
            _machines = support.Machines.Select(m => new BinarySvm(m.Coefficients.ToArray(), m.Bias, 0, true)).ToArray(),
            _classCount = support.Classes,
            _training = kernel is null ? null : training,
            _kernel = kernel?.Bind(training),
        };
    }

    /// <summary>The model that learnt <paramref name="state"/>.</summary>
    internal static SupportVectorMachine Restore(SupportVectorMachineOptions options, SupportVectorMachineState state, RestoreContext context) =>
        FromSupport(options, state.Support, state.Kernel, context, "$.parameters.support");
}
