namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The fields of each model type that a hyper-parameter sweep (<c>"grid"</c> or <c>"random"</c>) may vary.</summary>
/// <remarks>Each is a field the model factory reads for that type (the epoch fields of logistic regression only with a
/// first-order optimizer); execution, noise, checkpoints and names stay fixed, so that the candidates of one sweep differ
/// only in what the model learns with. A test checks every entry against the factory.</remarks>
public static class Hyperparameters
{
    /// <summary>Tunable fields by model type, in the order the documentation lists them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ByType = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["vqc"] = ["encoding", "ansatz", "qubits", "layers", "uploads", "epochs", "batch_size", "optimizer", "learning_rate", "schedule", "early_stopping", "gradient", "loss", "shots"],
        ["qsvc"] = ["encoding", "qubits", "c", "shots"],
        ["logistic-regression"] = ["l2", "max_iterations", "optimizer", "epochs", "batch_size", "learning_rate", "schedule", "early_stopping"],
        ["svm"] = ["kernel", "c", "gamma", "degree"],
        ["mlp"] = ["hidden", "epochs", "learning_rate", "batch_size", "optimizer", "schedule", "early_stopping"],
        ["knn"] = ["k"],
    };

    /// <summary>The tunable fields of <paramref name="type"/> (none for an unknown type).</summary>
    public static IReadOnlyList<string> Of(string type) => ByType.TryGetValue(type, out var fields) ? fields : [];
}
