using QuantumML.Models;
using QuantumML.Settings;

namespace QuantumML.Api;

/// <summary>Makes any classifier of the catalogue (the <c>"type"</c> of a spec's models), with its fields as an
/// anonymous object, a dictionary or JSON, or through the typed shortcuts.</summary>
public static class Classifiers
{
    /// <summary>Every classifier type, quantum ones first.</summary>
    public static IReadOnlyList<string> Types => ClassifierCatalogue.Catalogue.Names;

    /// <summary>An untrained classifier of <paramref name="type"/> with the spec fields <paramref name="settings"/> (e.g.
    /// <c>new { encoding = "Encodings.ApplyAngleEncoding", ansatz = "Ansatzes.ApplyHardwareEfficientAnsatz", layers = 2 }</c>);
    /// a quantum one runs on <paramref name="qsharp"/> (default: the repository's <c>quantum/</c>).</summary>
    /// <exception cref="SpecException">An unknown type, an unknown field, or a field of the wrong kind or out of range;
    /// the message names it and lists what is known.</exception>
    public static Classifier Create(string type, object? settings = null, int seed = 1, QSharpSession? qsharp = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var origin = $"Classifiers.Create(\"{type}\")";
        var entry = ClassifierCatalogue.Catalogue.Find(type)
            ?? throw new SpecException($"{origin}: unknown classifier type; known: {string.Join(", ", Types)}");
        var classifier = new Classifier(entry, SettingsNode.Of(settings, origin), origin, seed, name ?? type, qsharp);
        classifier.Validate();
        return classifier;
    }

    /// <summary>A variational quantum classifier: a Q# encoding and ansatz of the project, trained by
    /// <paramref name="optimizer"/> for <paramref name="epochs"/> epochs on exact expectation values.</summary>
    public static Classifier Vqc(string encoding = "Encodings.ApplyAngleEncoding", string ansatz = "Ansatzes.ApplyHardwareEfficientAnsatz",
        int layers = 1, int uploads = 1, int epochs = 20, int batchSize = 16, string optimizer = "adam", double learningRate = 0.05,
        int seed = 1, QSharpSession? qsharp = null) =>
        Create("vqc", new Dictionary<string, object>
        {
            ["encoding"] = encoding, ["ansatz"] = ansatz, ["layers"] = layers, ["uploads"] = uploads, ["epochs"] = epochs,
            ["batch_size"] = batchSize, ["optimizer"] = optimizer, ["learning_rate"] = learningRate,
        }, seed, qsharp);

    /// <summary>A quantum kernel SVM: the fidelity of a Q# encoding's states as the kernel.</summary>
    public static Classifier QuantumKernel(string encoding = "Encodings.ApplyZZFeatureMap", double c = 1.0, int seed = 1, QSharpSession? qsharp = null) =>
        Create("qsvc", new Dictionary<string, object> { ["encoding"] = encoding, ["c"] = c }, seed, qsharp);

    /// <summary>A support vector machine with a linear, rbf or poly kernel.</summary>
    public static Classifier Svm(string kernel = "rbf", double c = 1.0) =>
        Create("svm", new Dictionary<string, object> { ["kernel"] = kernel, ["c"] = c });

    /// <summary>Multinomial logistic regression with an L2 penalty.</summary>
    public static Classifier LogisticRegression(double l2 = 1e-2) =>
        Create("logistic-regression", new Dictionary<string, object> { ["l2"] = l2 });
}
