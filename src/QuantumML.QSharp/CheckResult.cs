namespace QuantumML.QSharp;

/// <summary>What compiling a project found: its callables and its <c>@Test()</c> operations.</summary>
/// <param name="Project">The project that was checked.</param>
/// <param name="Callables">Fully qualified names of every operation and function the sources declare.</param>
/// <param name="Tests">Fully qualified names of the callables marked <c>@Test()</c>.</param>
/// <param name="Diagnostics">The compile errors; empty when the project compiles.</param>
public sealed record CheckResult(
    QSharpProject Project,
    IReadOnlyList<string> Callables,
    IReadOnlyList<string> Tests,
    IReadOnlyList<QSharpDiagnostic> Diagnostics)
{
    /// <summary>Each callable's declaration in the project's sources, by fully qualified name.</summary>
    public IReadOnlyDictionary<string, QSharpDeclaration> Declarations { get; init; } = new Dictionary<string, QSharpDeclaration>();

    /// <summary>Whether the project compiled without errors.</summary>
    public bool Success => Diagnostics.Count == 0;
}
