namespace QuantumML.Classroom.Grading;

/// <summary>One student's submission: a folder of .qs files, or one .qs file.</summary>
/// <param name="Student">The student's name: the folder's name, or the file's without <c>.qs</c>, exactly as on disk.</param>
/// <param name="Files">The Q# files, with the paths messages show (relative to the submissions folder) and their text.</param>
public sealed record Submission(string Student, IReadOnlyList<(string DisplayPath, string Text)> Files)
{
    /// <summary>The student's id, unique in the class and safe as a file name (see <see cref="StudentIds"/>); names the feedback
    /// file and the student's rows in the exports.</summary>
    public string Id { get; init; } = StudentIds.Of(Student);

    /// <summary>What was left out of the submission and why (a symbolic link, a file too large, one that could not be read).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Where messages point when there is nothing more precise: the first file, or the student's folder.</summary>
    public string Origin => Files.Count > 0 ? Files.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).First().DisplayPath : Student + "/";

    /// <summary>Reads every submission in <paramref name="folder"/> (see <see cref="SubmissionReader"/>). Only reads: grading never
    /// writes here.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be listed.</exception>
    public static IReadOnlyList<Submission> ReadAll(string folder) => SubmissionReader.Read(folder).Submissions;
}
