using QuantumML.QSharp;

namespace QuantumML.Tests;

/// <summary>The Q# runtime and the repository's quantum/ project, shared by the tests of this assembly.</summary>
internal static class TestRuntime
{
    private static readonly Lazy<QSharpRuntime> LazyRuntime = new(() => new QSharpRuntime(new QSharpRuntimeOptions { Workers = 2 }));
    private static readonly Lazy<QSharpProject> LazyProject = new(() => QSharpProject.Load(FindQuantum()));

    public static QSharpRuntime Runtime => LazyRuntime.Value;

    public static QSharpProject Project => LazyProject.Value;

    private static string FindQuantum()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "quantum");
            if (File.Exists(Path.Combine(candidate, "qsharp.json"))) return candidate;
        }
        throw new DirectoryNotFoundException("No quantum/qsharp.json above the test binaries.");
    }
}
