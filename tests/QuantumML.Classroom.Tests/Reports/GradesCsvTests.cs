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
            "student,exercise,points,max,status,message\n" +
            "ada,basis-encoding,2,2,pass,\n" +
            "\"bo, \"\"b\"\"\",basis-encoding,0,2,wrong,\"a.qs:1:2: on input (x = [1, 2]), it said \"\"no\"\"\nthen stopped\"\n",
            GradesCsv.Render(book));
    }
}
