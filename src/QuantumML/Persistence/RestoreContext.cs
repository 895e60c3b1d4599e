using QuantumML.QSharp;

namespace QuantumML.Persistence;

/// <summary>What a model being rebuilt from a file is checked against, and runs on.</summary>
/// <param name="FeatureCount">How many features the model receives (after preprocessing).</param>
/// <param name="ClassNames">The classes, by label.</param>
/// <param name="Runtime">The Q# runtime, for quantum models.</param>
/// <param name="Project">The Q# project, for quantum models.</param>
public sealed record RestoreContext(int FeatureCount, IReadOnlyList<string> ClassNames, QSharpRuntime? Runtime = null, QSharpProject? Project = null)
{
    /// <summary>How many classes the model tells apart.</summary>
    public int ClassCount => ClassNames.Count;

    /// <summary>The runtime and project a quantum model needs.</summary>
    public (QSharpRuntime Runtime, QSharpProject Project) QSharp(string kind) =>
        Runtime is { } runtime && Project is { } project
            ? (runtime, project)
            : throw new InvalidOperationException($"A {kind} model runs Q#: restoring it needs the Q# runtime and project.");

    /// <summary>Throws unless the parameter at <paramref name="field"/> describes <see cref="ClassCount"/> classes.</summary>
    public void CheckClasses(int classes, string field)
    {
        if (classes != ClassCount) throw ModelFileException.At(field, $"is {classes}, but $.classes names {ClassCount} classes");
    }

    /// <summary>Throws unless <paramref name="rows"/> is non-empty, rectangular with <paramref name="width"/> finite
    /// columns; <paramref name="field"/> names it in the message.</summary>
    public static void CheckMatrix(double[][] rows, int width, string field, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Length == 0 && !allowEmpty) throw ModelFileException.At(field, "is empty");
        for (var i = 0; i < rows.Length; i++) CheckVector(rows[i], width, $"{field}[{i}]");
    }

    /// <summary>Throws unless <paramref name="values"/> has <paramref name="length"/> finite entries.</summary>
    public static void CheckVector(double[] values, int length, string field)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != length) throw ModelFileException.At(field, $"has {values.Length} values, expected {length}");
        if (values.Any(v => !double.IsFinite(v))) throw ModelFileException.At(field, "holds a value that is not a finite number");
    }
}
