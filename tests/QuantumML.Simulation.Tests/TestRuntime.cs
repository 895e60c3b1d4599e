using QuantumML.QSharp;

namespace QuantumML.Simulation.Tests;

/// <summary>The Q# runtime and the repository's quantum/ project, shared by the tests of this assembly.</summary>
internal static class TestRuntime
{
    private static readonly Lazy<QSharpRuntime> LazyRuntime = new(() => new QSharpRuntime(new QSharpRuntimeOptions { Workers = 2 }));
    private static readonly Lazy<QSharpProject> LazyProject = new(() => QSharpProject.Load(FindQuantum()));

    public static QSharpRuntime Runtime => LazyRuntime.Value;

    public static QSharpProject Project => LazyProject.Value;

    /// <summary>The repository's project plus one more source file (a user's own circuit, written in a test).</summary>
    public static QSharpProject ProjectWith(string path, string text) =>
        QSharpProject.FromSources("user", [.. Project.Sources.Select(s => new QSharpSource(s.Path.Replace("src/", "", StringComparison.Ordinal), s.Text)), new QSharpSource(path, text)]);

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
