using System.Security.Cryptography;
using QuantumML.Classroom.Grading;

namespace QuantumML.Classroom.Reports;

/// <summary>Writes a gradebook's files into a folder, all of them or none: <c>grades.csv</c>, <c>grades.md</c>,
/// <c>scores.png</c>, the LMS exports (<c>grades-nbgrader.csv</c>, <c>grades-canvas.csv</c>) and <c>feedback/ID.md</c>.</summary>
/// <remarks>Every file is first written into a staging folder beside the destination (on the same file system). Only when all of
/// them are written is the staging folder renamed to the destination (a new folder), or each file moved over its old version
/// (an existing folder): a rename needs no space, so a full disk or any other failure while writing leaves the destination as it
/// was and removes the staging folder.</remarks>
public static class GradebookWriter
{
    /// <summary>Every file's path in the folder, in the order written.</summary>
    public static IReadOnlyList<string> Files(Gradebook gradebook)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        return [.. gradebook.Students.Select(s => Path.Combine(FeedbackMarkdown.Folder, FeedbackMarkdown.FileName(s))),
            ScoreHistogram.FileName, NbgraderCsv.FileName, LmsCsv.FileName, GradesMarkdown.FileName, GradesCsv.FileName];
    }

    /// <summary>Writes every file into <paramref name="folder"/> (created if needed).</summary>
    /// <exception cref="GradebookWriteException">A file could not be written; nothing in <paramref name="folder"/> changed.</exception>
    public static void Write(Gradebook gradebook, string folder)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var target = Path.GetFullPath(folder);
        var fresh = !Directory.Exists(target);
        var tag = $"{Environment.ProcessId}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}";
        var staging = fresh
            ? Path.Combine(Path.GetDirectoryName(target) ?? target, $".{Path.GetFileName(target)}.writing-{tag}")
            : Path.Combine(target, $".writing-{tag}");
        try
        {
            Directory.CreateDirectory(Path.Combine(staging, FeedbackMarkdown.Folder));
            foreach (var student in gradebook.Students)
                File.WriteAllText(Path.Combine(staging, FeedbackMarkdown.Folder, FeedbackMarkdown.FileName(student)), FeedbackMarkdown.Render(gradebook.Assignment, student));
            ScoreHistogram.Save(gradebook, Path.Combine(staging, ScoreHistogram.FileName));
            File.WriteAllText(Path.Combine(staging, NbgraderCsv.FileName), NbgraderCsv.Render(gradebook));
            File.WriteAllText(Path.Combine(staging, LmsCsv.FileName), LmsCsv.Render(gradebook));
            File.WriteAllText(Path.Combine(staging, GradesMarkdown.FileName), GradesMarkdown.Render(gradebook));
            File.WriteAllText(Path.Combine(staging, GradesCsv.FileName), GradesCsv.Render(gradebook));
            if (fresh)
            {
                Directory.Move(staging, target);
                return;
            }
            Directory.CreateDirectory(Path.Combine(target, FeedbackMarkdown.Folder));
            foreach (var file in Files(gradebook))
                File.Move(Path.Combine(staging, file), Path.Combine(target, file), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GradebookWriteException($"{folder}: could not write the gradebook ({e.Message}); nothing was written", e);
        }
        finally
        {
            try
            {
                if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind on a failing disk; it is hidden and named for this run, so it never mixes with a gradebook.
            }
        }
    }
}

/// <summary>A gradebook could not be written; the message names the folder and the cause.</summary>
public sealed class GradebookWriteException(string message, Exception inner) : IOException(message, inner);
