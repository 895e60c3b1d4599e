using System.Globalization;
using System.Text;
using QuantumML.Classroom.Grading;

namespace QuantumML.Classroom.Reports;

/// <summary><c>grades.csv</c>: one row per student and exercise, columns student_id, student, exercise, points, max, status, message.</summary>
/// <remarks>Rows are in student then exercise order and hold nothing that varies between runs, so grading the same submissions
/// twice writes the same bytes. Names and messages that a spreadsheet would read as a formula are written as text (see
/// <see cref="CsvText.Text"/>).</remarks>
public static class GradesCsv
{
    /// <summary>The file's name.</summary>
    public const string FileName = "grades.csv";

    /// <summary>The file's text.</summary>
    public static string Render(Gradebook gradebook)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        var sb = new StringBuilder();
        CsvText.Row(sb, "student_id", "student", "exercise", "points", "max", "status", "message");
        foreach (var student in gradebook.Students)
        {
            foreach (var grade in student.Exercises)
            {
                CsvText.Row(sb, CsvText.Field(student.Id), CsvText.Text(student.Student), CsvText.Field(grade.Exercise.Id),
                    grade.Points.ToString(CultureInfo.InvariantCulture), grade.Exercise.Points.ToString(CultureInfo.InvariantCulture),
                    grade.Status.Name(), CsvText.Text(grade.Message));
            }
        }
        return sb.ToString();
    }
}
