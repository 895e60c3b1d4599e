using System.Text;
using QuantumML.Catalogues;

namespace QuantumML.Classroom.Reports;

/// <summary>CSV fields as RFC 4180 writes them (a field with a comma, quote or line break is quoted, quotes doubled), written by
/// hand: the gradebook's few columns do not need a CSV library.</summary>
internal static class CsvText
{
    /// <summary>A field holding a number or a name qml made (an id, an exercise id, a status).</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A field holding text that came from a student (a name, a message quoting their code): one starting with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading <c>'</c>, so that a spreadsheet
    /// opening the file shows it as text instead of running it as a formula.</summary>
    public static string Text(string value) =>
        Field(value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value);

    /// <summary>Appends one row and its line break (<c>\n</c>).</summary>
    public static void Row(StringBuilder sb, params string[] fields) => sb.Append(string.Join(',', fields)).Append('\n');
}
