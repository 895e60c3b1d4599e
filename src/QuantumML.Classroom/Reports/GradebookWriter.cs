using QuantumML.Classroom.Grading;
using QuantumML.IO;

namespace QuantumML.Classroom.Reports;

/// <summary>Writes a gradebook's files into a folder: <c>grades.csv</c>, <c>grades.md</c>, <c>scores.png</c> and
/// <c>feedback/STUDENT.md</c>, each whole or not at all.</summary>
public static class GradebookWriter
{
    /// <summary>Writes every file into <paramref name="folder"/> (created if needed).</summary>
    public static void Write(Gradebook gradebook, string folder)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        Directory.CreateDirectory(Path.Combine(folder, FeedbackMarkdown.Folder));
        foreach (var student in gradebook.Students)
            AtomicFile.WriteText(Path.Combine(folder, FeedbackMarkdown.Folder, FeedbackMarkdown.FileName(student.Student)), FeedbackMarkdown.Render(gradebook.Assignment, student));
        ScoreHistogram.Save(gradebook, Path.Combine(folder, ScoreHistogram.FileName));
        AtomicFile.WriteText(Path.Combine(folder, GradesMarkdown.FileName), GradesMarkdown.Render(gradebook));
        AtomicFile.WriteText(Path.Combine(folder, GradesCsv.FileName), GradesCsv.Render(gradebook));
    }
}
