using QuantumML.Classroom.Katas;
using QuantumML.QSharp;

namespace QuantumML.Classroom.Tests;

/// <summary>One runtime and catalog for the whole test assembly: engines are costly to start, and both are thread-safe.</summary>
internal static class SharedRuntime
{
    private static readonly Lazy<QSharpRuntime> Lazy = new(() => new QSharpRuntime(new QSharpRuntimeOptions { Workers = 2 }));

    public static QSharpRuntime Instance => Lazy.Value;

    public static KataCatalog Catalog => KataCatalog.Load(Instance);

    public static KataChecker Checker { get; } = new(Instance);
}
