using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Grading;

namespace QuantumML.Api;

/// <summary>The autograder of <c>qml grade</c>, for one Q# file.</summary>
public static class Grading
{
    /// <summary>Grades the Q# file <paramref name="qsFile"/> against the assignment in <paramref name="assignmentFolder"/>
    /// (its <c>assignment.json</c>, <c>reference/</c> and checks), exercise by exercise.</summary>
    /// <exception cref="AssignmentException">The assignment is malformed or its reference fails.</exception>
    public static async Task<StudentGrade> GradeFileAsync(string assignmentFolder, string qsFile, QSharpSession? qsharp = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignmentFolder);
        ArgumentNullException.ThrowIfNull(qsFile);
        var assignment = AssignmentLoader.Load(assignmentFolder);
        var submission = new Submission(Path.GetFileNameWithoutExtension(qsFile), [(Path.GetFileName(qsFile), await File.ReadAllTextAsync(qsFile, cancellationToken).ConfigureAwait(false))]);
        var runtime = qsharp?.Runtime ?? QSharpSession.NewRuntime();
        try
        {
            var book = await new Grader(runtime).GradeAsync(assignment, [submission], cancellationToken: cancellationToken).ConfigureAwait(false);
            return book.Students[0];
        }
        finally
        {
            if (qsharp is null) runtime.Dispose();
        }
    }
}
