using System.Globalization;
using System.Text;
using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Grading;

namespace QuantumML.Classroom.Reports;

/// <summary><c>feedback/STUDENT.md</c>: a student's points per exercise and, for each exercise not passed, what failed, on which
/// input, and the exercise's hints.</summary>
public static class FeedbackMarkdown
{
    /// <summary>The folder of feedback files.</summary>
    public const string Folder = "feedback";

    /// <summary>The feedback file's name for <paramref name="student"/>: the student's id, unique in the class (see
    /// <see cref="StudentIds"/>), so no two students share a file.</summary>
    public static string FileName(StudentGrade student)
    {
        ArgumentNullException.ThrowIfNull(student);
        return student.Id + ".md";
    }

    /// <summary>The file's text.</summary>
    public static string Render(Assignment assignment, StudentGrade student)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(student);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# {MarkdownText.Inline(assignment.Title)}: feedback for {MarkdownText.Inline(student.Student)}");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"**{student.Points} / {student.MaxPoints} points.**");
        sb.AppendLine();
        sb.AppendLine("| exercise | points | |");
        sb.AppendLine("| --- | --- | --- |");
        foreach (var g in student.Exercises)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {g.Exercise.Id}: {MarkdownText.Cell(g.Exercise.Title)} | {g.Points} / {g.Exercise.Points} | {(g.Status == GradeStatus.Passed ? "passed" : g.Status.Name())} |");
        if (student.Notes.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("## Not graded");
            sb.AppendLine();
            foreach (var note in student.Notes) sb.AppendLine(CultureInfo.InvariantCulture, $"- {MarkdownText.Inline(note)}");
        }
        foreach (var g in student.Exercises.Where(g => g.Status != GradeStatus.Passed))
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"## {g.Exercise.Id}: {g.Exercise.Title}");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"`{g.Exercise.Signature}`: **{Explain(g.Status)}**");
            sb.AppendLine();
            sb.AppendLine(MarkdownText.Inline(g.Message));
            if (g.Exercise.Hints.Count > 0)
            {
                sb.AppendLine();
                sb.AppendLine(g.Exercise.Hints.Count == 1 ? "Hint:" : "Hints:");
                foreach (var hint in g.Exercise.Hints) sb.AppendLine($"- {hint}");
            }
        }
        return sb.ToString();
    }

    private static string Explain(GradeStatus status) => status switch
    {
        GradeStatus.Wrong => "a check failed",
        GradeStatus.CompileError => "it does not compile",
        GradeStatus.RuntimeError => "it failed while running",
        GradeStatus.TimeLimit => "it ran past the time limit",
        GradeStatus.QubitLimit => "it uses more qubits than allowed",
        GradeStatus.OutputLimit => "it printed too much output",
        GradeStatus.Missing => "it is missing",
        GradeStatus.Signature => "its signature differs from the exercise's",
        _ => "passed",
    };
}
