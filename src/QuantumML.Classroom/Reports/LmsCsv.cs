using System.Globalization;
using System.Text;
using QuantumML.Classroom.Grading;

namespace QuantumML.Classroom.Reports;

/// <summary><c>grades-canvas.csv</c>: the total score of every student as a gradebook import of Canvas reads it, which Moodle's
/// CSV grade import reads too: columns Student, ID, SIS User ID, SIS Login ID, Section and one column named after the assignment,
/// a "Points Possible" row, then one row per student.</summary>
/// <remarks>Canvas matches a row to a student by one of ID, SIS User ID or SIS Login ID; qml knows only the submission's name,
/// so it goes in Student and in SIS Login ID (name the submission folders after the students' login ids for a direct import).
/// In Moodle, map "SIS Login ID" to the username and the assignment column to the grade item.</remarks>
public static class LmsCsv
{
    /// <summary>The file's name.</summary>
    public const string FileName = "grades-canvas.csv";

    /// <summary>The file's text.</summary>
    public static string Render(Gradebook gradebook)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        var sb = new StringBuilder();
        CsvText.Row(sb, "Student", "ID", "SIS User ID", "SIS Login ID", "Section", CsvText.Text(gradebook.Assignment.Name));
        CsvText.Row(sb, "Points Possible", "", "", "", "", gradebook.Assignment.MaxPoints.ToString(CultureInfo.InvariantCulture));
        foreach (var s in gradebook.Students)
            CsvText.Row(sb, CsvText.Text(s.Student), "", "", CsvText.Text(s.Student), "", s.Points.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
