using QuantumML.Baselines;
using QuantumML.Models;

namespace QuantumML.Persistence;

/// <summary>Every model kind a model file can hold: its options and state records, and how to rebuild it.</summary>
public static class ModelKinds
{
    private static readonly ModelKind[] All =
    [
        ModelKind.Of<VqcOptions, VqcState>(VariationalQuantumClassifier.Kind, true, VariationalQuantumClassifier.RestoreAsync),
        ModelKind.Of<QuantumKernelOptions, SupportVectorSet>(QuantumKernelSvm.Kind, true, QuantumKernelSvm.RestoreAsync),
        ModelKind.Of<LogisticRegressionOptions, LogisticRegressionState>(LogisticRegression.Kind, false, (o, s, c, _) => Task.FromResult<IClassifier>(LogisticRegression.Restore(o, s, c))),
        ModelKind.Of<SupportVectorMachineOptions, SupportVectorMachineState>(SupportVectorMachine.Kind, false, (o, s, c, _) => Task.FromResult<IClassifier>(SupportVectorMachine.Restore(o, s, c))),
        ModelKind.Of<MultilayerPerceptronOptions, MultilayerPerceptronState>(MultilayerPerceptron.Kind, false, (o, s, c, _) => Task.FromResult<IClassifier>(MultilayerPerceptron.Restore(o, s, c))),
        ModelKind.Of<KNearestNeighborsOptions, KNearestNeighborsState>(KNearestNeighbors.Kind, false, (o, s, c, _) => Task.FromResult<IClassifier>(KNearestNeighbors.Restore(o, s, c))),
    ];

    /// <summary>The kinds' names, quantum ones first.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(k => k.Name).ToArray();

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    public static ModelKind? Find(string name) => Array.Find(All, k => k.Name == name);
}

/// <summary>One model kind of model files.</summary>
/// <param name="Name">The name files and specs use, e.g. vqc.</param>
/// <param name="IsQuantum">Whether the model runs Q#.</param>
/// <param name="OptionsType">The options record saved as hyper-parameters.</param>
/// <param name="StateType">The state record saved as parameters.</param>
public abstract record ModelKind(string Name, bool IsQuantum, Type OptionsType, Type StateType)
{
    /// <summary>The model with these options and state; throws <see cref="ModelFileException"/> naming an inconsistent field.</summary>
    public abstract Task<IClassifier> RestoreAsync(object options, object state, RestoreContext context, CancellationToken cancellationToken);

    internal static ModelKind Of<TOptions, TState>(string name, bool isQuantum, Func<TOptions, TState, RestoreContext, CancellationToken, Task<IClassifier>> restore) =>
        new Typed<TOptions, TState>(name, isQuantum, restore);

    private sealed record Typed<TOptions, TState>(string Name, bool IsQuantum, Func<TOptions, TState, RestoreContext, CancellationToken, Task<IClassifier>> Restore)
        : ModelKind(Name, IsQuantum, typeof(TOptions), typeof(TState))
    {
        public override Task<IClassifier> RestoreAsync(object options, object state, RestoreContext context, CancellationToken cancellationToken) =>
            Restore((TOptions)options, (TState)state, context, cancellationToken);
    }
}
