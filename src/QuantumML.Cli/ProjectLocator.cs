using QuantumML.QSharp;

namespace QuantumML.Cli;

/// <summary>Finds the Q# project a command works on: <c>--project</c>, else the repository's <c>quantum/</c> folder.</summary>
internal static class ProjectLocator
{
    public const string DefaultFolder = "quantum";

    public static QSharpProject Load(string? project)
    {
        var dir = project ?? FindDefault()
            ?? throw new UsageException($"No Q# project found: no '{DefaultFolder}/qsharp.json' in this folder or above it. Pass --project DIR.");
        try
        {
            return QSharpProject.Load(dir);
        }
        catch (QSharpProjectException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The nearest <c>quantum/qsharp.json</c> above the working folder, then above the installed binaries.</summary>
    public static string? FindDefault() => FindAbove(DefaultFolder, "qsharp.json");

    /// <summary>The nearest folder <paramref name="relativeFolder"/> holding <paramref name="markerFile"/>, searched from the
    /// working folder up, then from the installed binaries up; null if there is none.</summary>
    public static string? FindAbove(string relativeFolder, string markerFile)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relativeFolder);
                if (File.Exists(Path.Combine(candidate, markerFile)))
                    return candidate;
            }
        }
        return null;
    }
}
