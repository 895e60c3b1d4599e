namespace QuantumML.Classroom.Tests;

/// <summary>Folders of the repository, found from the test binaries.</summary>
internal static class TestPaths
{
    /// <summary>The repository's root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped qml-intro assignment.</summary>
    public static string QmlIntro => Path.Combine(Root, "assignments", "qml-intro");

    /// <summary>This test project's folder.</summary>
    public static string Tests => Path.Combine(Root, "tests", "QuantumML.Classroom.Tests");

    /// <summary>The test assignment with one exercise per check kind.</summary>
    public static string CheckKinds => Path.Combine(Tests, "Samples", "check-kinds");

    /// <summary>Sample submissions for <paramref name="assignment"/>.</summary>
    public static string Submissions(string assignment) => Path.Combine(Tests, "Samples", "submissions", assignment);

    /// <summary>A fresh temporary folder.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "qml-classroom-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "assignments", "qml-intro", "assignment.json"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No assignments/qml-intro/assignment.json above {AppContext.BaseDirectory}.");
    }
}
