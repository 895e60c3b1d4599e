using System.Globalization;
using System.Text;
using QuantumML.Classroom.Grading;

namespace QuantumML.Classroom.Reports;

/// <summary><c>grades-nbgrader.csv</c>: one row per student in the columns of nbgrader's CSV export (<c>nbgrader export</c>):
/// assignment, duedate, timestamp, student_id, last_name, first_name, email, raw_score, late_submission_penalty, score,
/// max_score. Scores are written as nbgrader writes them (<c>18.0</c>); the fields qml does not know (due date, submission
/// time, names, e-mail) are empty, and there is no late penalty, so score equals raw_score.</summary>
public static class NbgraderCsv
{
    /// <summary>The file's name.</summary>
    public const string FileName = "grades-nbgrader.csv";

    /// <summary>The file's text.</summary>
    public static string Render(Gradebook gradebook)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        var sb = new StringBuilder();
        CsvText.Row(sb, "assignment", "duedate", "timestamp", "student_id", "last_name", "first_name", "email", "raw_score", "late_submission_penalty", "score", "max_score");
        var max = Score(gradebook.Assignment.MaxPoints);
        foreach (var s in gradebook.Students)
            CsvText.Row(sb, CsvText.Text(gradebook.Assignment.Name), "", "", CsvText.Field(s.Id), "", "", "", Score(s.Points), "0.0", Score(s.Points), max);
        return sb.ToString();
    }

    private static string Score(int points) => points.ToString("0.0", CultureInfo.InvariantCulture);
}
