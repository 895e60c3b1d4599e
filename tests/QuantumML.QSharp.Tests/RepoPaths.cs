namespace QuantumML.QSharp.Tests;

/// <summary>Finds folders of the repository from the test binaries.</summary>
internal static class RepoPaths
{
    /// <summary>The repository's Q# project, <c>quantum/</c>.</summary>
    public static string Quantum { get; } = Find("quantum");

    private static string Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (File.Exists(Path.Combine(candidate, "qsharp.json"))) return candidate;
        }
        throw new DirectoryNotFoundException($"No {name}/qsharp.json above {AppContext.BaseDirectory}.");
    }
}
