using QuantumML.QSharp;

namespace QuantumML.Experiments.Tests.Running;

/// <summary>One Q# runtime and the repository's quantum/ project, shared by the runner tests of this assembly.</summary>
internal static class TestQuantum
{
    private static readonly Lazy<(QSharpRuntime Runtime, QSharpProject Project)> Lazy = new(() =>
        (new QSharpRuntime(new QSharpRuntimeOptions { Workers = 2 }), QSharpProject.Load(Path.Combine(Path.GetDirectoryName(Specs.SpecLoaderTests.FindExperiments())!, "quantum"))));

    public static QSharpRuntime Runtime => Lazy.Value.Runtime;

    public static QSharpProject Project => Lazy.Value.Project;
}
