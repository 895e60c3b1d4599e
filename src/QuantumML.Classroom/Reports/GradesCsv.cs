using System.Globalization;
using System.Text;
using QuantumML.Classroom.Grading;

namespace QuantumML.Classroom.Reports;

/// <summary><c>grades.csv</c>: one row per student and exercise, columns student, exercise, points, max, status, message.</summary>
/// <remarks>RFC 4180 by hand (a field with a comma, quote or line break is quoted, quotes doubled): six columns do not need a
/// CSV library. Rows are in student then exercise order and hold nothing that varies between runs, so grading the same
/// submissions twice writes the same bytes.</remarks>
public static class GradesCsv
{
    /// <summary>The file's name.</summary>
    public const string FileName = "grades.csv";

    /// <summary>The file's text.</summary>
    public static string Render(Gradebook gradebook)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        var sb = new StringBuilder("student,exercise,points,max,status,message\n");
        foreach (var student in gradebook.Students)
        {
            foreach (var grade in student.Exercises)
            {
                sb.Append(Field(student.Student)).Append(',')
                  .Append(Field(grade.Exercise.Id)).Append(',')
                  .Append(grade.Points.ToString(CultureInfo.InvariantCulture)).Append(',')
                  .Append(grade.Exercise.Points.ToString(CultureInfo.InvariantCulture)).Append(',')
                  .Append(grade.Status.Name()).Append(',')
                  .Append(Field(grade.Message)).Append('\n');
            }
        }
        return sb.ToString();
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
