using QuantumML.Models;

namespace QuantumML.Persistence;

/// <summary>One model kind of model files: its options and state records, and how to rebuild it (each classifier of
/// <see cref="Models.ClassifierCatalogue"/> has one).</summary>
/// <param name="Name">The name files and specs use, e.g. vqc.</param>
/// <param name="IsQuantum">Whether the model runs Q#.</param>
/// <param name="OptionsType">The options record saved as hyper-parameters.</param>
/// <param name="StateType">The state record saved as parameters.</param>
public abstract record ModelKind(string Name, bool IsQuantum, Type OptionsType, Type StateType)
{
    /// <summary>The model with these options and state; throws <see cref="ModelFileException"/> naming an inconsistent field.</summary>
    public abstract Task<IClassifier> RestoreAsync(object options, object state, RestoreContext context, CancellationToken cancellationToken);

    /// <summary>The kind whose records are <typeparamref name="TOptions"/> and <typeparamref name="TState"/>.</summary>
    public static ModelKind Of<TOptions, TState>(string name, bool isQuantum, Func<TOptions, TState, RestoreContext, CancellationToken, Task<IClassifier>> restore) =>
        new Typed<TOptions, TState>(name, isQuantum, restore);

    private sealed record Typed<TOptions, TState>(string Name, bool IsQuantum, Func<TOptions, TState, RestoreContext, CancellationToken, Task<IClassifier>> Restore)
        : ModelKind(Name, IsQuantum, typeof(TOptions), typeof(TState))
    {
        public override Task<IClassifier> RestoreAsync(object options, object state, RestoreContext context, CancellationToken cancellationToken) =>
            Restore((TOptions)options, (TState)state, context, cancellationToken);
    }
}
