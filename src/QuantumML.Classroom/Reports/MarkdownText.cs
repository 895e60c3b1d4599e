namespace QuantumML.Classroom.Reports;

/// <summary>Text made safe for Markdown: student names and messages come from students, so nothing in them may end a table
/// cell or pass for HTML.</summary>
internal static class MarkdownText
{
    /// <summary>Text for a table cell: one line, <c>\</c> and <c>|</c> escaped, nothing read as HTML (see <see cref="Inline"/>).</summary>
    public static string Cell(string text) =>
        Inline(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Text for a line of Markdown: line breaks made spaces, and a <c>&lt;</c> that could open an HTML tag or comment
    /// (followed by a letter, <c>/</c>, <c>!</c> or <c>?</c>) or an <c>&amp;</c> that could start an entity written as an entity,
    /// so that a student's name or code is shown as text; <c>p &lt; 0.001</c> stays as it is.</summary>
    public static string Inline(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            sb.Append(text[i] switch
            {
                '<' when char.IsAsciiLetter(next) || next is '/' or '!' or '?' => "&lt;",
                '&' when char.IsAsciiLetter(next) || next == '#' => "&amp;",
                '\r' or '\n' => " ",
                var c => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>A grade's status in a table: the points when passed, else 0 and the status.</summary>
    public static string Score(Grading.ExerciseGrade grade) =>
        grade.Status == Grading.GradeStatus.Passed
            ? grade.Points.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"0 ({Grading.GradeStatuses.Name(grade.Status)})";
}
