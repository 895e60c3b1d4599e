namespace QuantumML.Persistence;

/// <summary>A trained model as data: its kind, its options (hyper-parameters) and what it learnt.</summary>
/// <param name="Kind">The model kind, as spec files name it: vqc, qsvc, logistic-regression, svm, mlp or knn.</param>
/// <param name="Options">The model's options record, saved as its hyper-parameters.</param>
/// <param name="State">The learned parameters (and the training points the model predicts from, if any).</param>
/// <param name="QSharpCallables">The Q# callables its predictions run, fully qualified; empty for classical models.</param>
public sealed record ModelSnapshot(string Kind, object Options, object State, IReadOnlyList<string> QSharpCallables);
