namespace QuantumML.Api.Tests;

/// <summary>One Q# session on the repository's quantum/ for the whole test assembly.</summary>
public sealed class SharedQSharp : IDisposable
{
    public QSharpSession Session { get; } = QSharpSession.Open(Repository.Quantum);

    public void Dispose() => Session.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SharedQSharpGroup : ICollectionFixture<SharedQSharp>
{
    public const string Name = "qsharp";
}
