using System.Globalization;
using System.Text;
using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Grading;

namespace QuantumML.Classroom.Reports;

/// <summary><c>grades.md</c>: every student's points per exercise, each exercise's pass rate, the score distribution (a table
/// and the histogram PNG) and every failure with its message.</summary>
public static class GradesMarkdown
{
    /// <summary>The file's name.</summary>
    public const string FileName = "grades.md";

    /// <summary>The file's text; <paramref name="histogram"/> is the PNG's path relative to the file.</summary>
    public static string Render(Gradebook gradebook, string histogram = ScoreHistogram.FileName)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        var a = gradebook.Assignment;
        var students = gradebook.Students;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Grades: {a.Title}");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Assignment `{a.Name}`, {a.Exercises.Count} exercises, {a.MaxPoints} points; {students.Count} student(s) graded in {gradebook.Elapsed.TotalSeconds:0.0} s (seed {a.Seed}).");
        sb.AppendLine();

        sb.AppendLine("## Summary");
        sb.AppendLine();
        sb.AppendLine("| student | id | " + string.Join(" | ", a.Exercises.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Id} ({e.Points})"))) + string.Create(CultureInfo.InvariantCulture, $" | total ({a.MaxPoints}) |"));
        sb.AppendLine("| --- | --- | " + string.Concat(a.Exercises.Select(_ => "--- | ")) + "--- |");
        foreach (var s in students)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {MarkdownText.Cell(s.Student)} | [{s.Id}]({FeedbackMarkdown.Folder}/{FeedbackMarkdown.FileName(s)}) | {string.Join(" | ", s.Exercises.Select(MarkdownText.Score))} | **{s.Points}** |");
        sb.AppendLine();

        sb.AppendLine("## Exercises");
        sb.AppendLine();
        sb.AppendLine("| exercise | check | passed | mean points | outcomes |");
        sb.AppendLine("| --- | --- | --- | --- | --- |");
        for (var i = 0; i < a.Exercises.Count; i++)
        {
            var e = a.Exercises[i];
            var grades = students.Select(s => s.Exercises[i]).ToList();
            var outcomes = grades.GroupBy(g => g.Status).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.Name()} {g.Count()}"));
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {e.Id} | {e.Check.Kind.Name()} | {grades.Count(g => g.Status == GradeStatus.Passed)}/{grades.Count} | {(grades.Count == 0 ? 0 : grades.Average(g => g.Points)):0.0} / {e.Points} | {string.Join(", ", outcomes)} |");
        }
        sb.AppendLine();

        sb.AppendLine("## Score distribution");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"![Histogram of total scores]({histogram})");
        sb.AppendLine();
        if (students.Count > 0)
        {
            var totals = students.Select(s => (double)s.Points).Order().ToArray();
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"Mean {totals.Average():0.0}, median {MathNet.Numerics.Statistics.SortedArrayStatistics.Median(totals):0.#}, lowest {totals[0]:0}, highest {totals[^1]:0} (of {a.MaxPoints}).");
            sb.AppendLine();
        }
        sb.AppendLine("| total score | students | |");
        sb.AppendLine("| --- | --- | --- |");
        var counts = ScoreHistogram.Counts(gradebook);
        for (var score = counts.Length - 1; score >= 0; score--)
        {
            if (counts[score] > 0)
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {score} | {counts[score]} | {new string('█', counts[score])} |");
        }
        sb.AppendLine();

        var notes = students.SelectMany(s => s.Notes.Select(n => (s.Student, Note: n))).ToList();
        if (gradebook.Ignored.Count + notes.Count > 0)
        {
            sb.AppendLine("## Not graded");
            sb.AppendLine();
            foreach (var entry in gradebook.Ignored) sb.AppendLine(CultureInfo.InvariantCulture, $"- {MarkdownText.Cell(entry)}");
            foreach (var (student, note) in notes) sb.AppendLine(CultureInfo.InvariantCulture, $"- {MarkdownText.Cell(student)}: {MarkdownText.Cell(note)}");
            sb.AppendLine();
        }

        var failures = students.SelectMany(s => s.Exercises.Where(g => g.Status != GradeStatus.Passed).Select(g => (s.Student, g))).ToList();
        sb.AppendLine("## What failed");
        sb.AppendLine();
        if (failures.Count == 0)
        {
            sb.AppendLine("Every student passed every exercise.");
            return sb.ToString();
        }
        sb.AppendLine("| student | exercise | status | message |");
        sb.AppendLine("| --- | --- | --- | --- |");
        foreach (var (student, g) in failures)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {MarkdownText.Cell(student)} | {g.Exercise.Id} | {g.Status.Name()} | {MarkdownText.Cell(g.Message)} |");
        return sb.ToString();
    }
}
