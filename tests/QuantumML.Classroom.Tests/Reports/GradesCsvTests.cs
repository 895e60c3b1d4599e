using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Grading;
using QuantumML.Classroom.Reports;

namespace QuantumML.Classroom.Tests.Reports;

public sealed class GradesCsvTests
{
    [Fact]
    public void FieldsWithCommasQuotesOrLineBreaksAreQuoted()
    {
        var assignment = AssignmentLoader.Load(TestPaths.QmlIntro);
        var e = assignment.Exercises[0];
        var book = new Gradebook(assignment,
        [
            new StudentGrade("ada", [new ExerciseGrade(e, GradeStatus.Passed, "")]),
            new StudentGrade("bo, \"b\"", [new ExerciseGrade(e, GradeStatus.Wrong, "a.qs:1:2: on input (x = [1, 2]), it said \"no\"\nthen stopped")]),
        ], TimeSpan.Zero);

        Assert.Equal(
            "student_id,student,exercise,points,max,status,message\n" +
            "ada,ada,basis-encoding,2,2,pass,\n" +
            $"{StudentIds.Of("bo, \"b\"")},\"bo, \"\"b\"\"\",basis-encoding,0,2,wrong,\"a.qs:1:2: on input (x = [1, 2]), it said \"\"no\"\"\nthen stopped\"\n",
            GradesCsv.Render(book));
    }

    [Fact]
    public void ANameOrMessageASpreadsheetWouldRunAsAFormulaIsWrittenAsText()
    {
        var assignment = AssignmentLoader.Load(TestPaths.QmlIntro);
        var e = assignment.Exercises[0];
        var book = new Gradebook(assignment, [new StudentGrade("=HYPERLINK(\"http://x\")", [new ExerciseGrade(e, GradeStatus.Wrong, "+1")])], TimeSpan.Zero);

        var row = GradesCsv.Render(book).Split('\n')[1];

        Assert.Equal($"{StudentIds.Of("=HYPERLINK(\"http://x\")")},\"'=HYPERLINK(\"\"http://x\"\")\",basis-encoding,0,2,wrong,'+1", row);
    }
}
