using QuantumML.QSharp;

namespace QuantumML.Classroom.Tests;

/// <summary>One runtime for the test assembly: engines are costly to start, and the runtime is thread-safe.</summary>
internal static class SharedRuntime
{
    private static readonly Lazy<QSharpRuntime> Lazy = new(() => new QSharpRuntime(new QSharpRuntimeOptions { Workers = 2 }));

    public static QSharpRuntime Instance => Lazy.Value;
}
