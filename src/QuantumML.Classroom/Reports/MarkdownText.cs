namespace QuantumML.Classroom.Reports;

/// <summary>Text made safe for a Markdown table cell.</summary>
internal static class MarkdownText
{
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>A grade's status in a table: the points when passed, else 0 and the status.</summary>
    public static string Score(Grading.ExerciseGrade grade) =>
        grade.Status == Grading.GradeStatus.Passed
            ? grade.Points.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"0 ({Grading.GradeStatuses.Name(grade.Status)})";
}
