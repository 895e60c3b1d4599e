namespace QuantumML.Classroom.Reports;

/// <summary>Text made safe for Markdown: student names and messages come from students, so nothing in them may end a table
/// cell or pass for HTML.</summary>
internal static class MarkdownText
{
    /// <summary>Text for a table cell: one line, <c>\</c> and <c>|</c> escaped, <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as entities.</summary>
    public static string Cell(string text) =>
        Inline(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Text for a line of Markdown: line breaks made spaces, <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as entities.</summary>
    public static string Inline(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>A grade's status in a table: the points when passed, else 0 and the status.</summary>
    public static string Score(Grading.ExerciseGrade grade) =>
        grade.Status == Grading.GradeStatus.Passed
            ? grade.Points.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"0 ({Grading.GradeStatuses.Name(grade.Status)})";
}
