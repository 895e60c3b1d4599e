using QuantumML.Classroom.Grading;
using QuantumML.QSharp;

namespace QuantumML.Classroom.Assignments;

/// <summary>What validating an assignment found.</summary>
/// <param name="Assignment">The assignment.</param>
/// <param name="Reference">The reference solution graded as a student: every exercise must pass.</param>
/// <param name="Template">The template graded as a student: it must compile and pass nothing.</param>
public sealed record ValidationReport(Assignment Assignment, StudentGrade Reference, StudentGrade Template)
{
    /// <summary>One located line per problem; empty when the assignment is sound.</summary>
    public IReadOnlyList<string> Problems { get; } =
    [
        .. Reference.Exercises.Where(e => e.Status != GradeStatus.Passed)
            .Select(e => $"exercise '{e.Exercise.Id}': the reference does not pass ({e.Status.Name()}): {e.Message}"),
        .. Template.Exercises.Where(e => e.Status is GradeStatus.CompileError or GradeStatus.Missing or GradeStatus.Signature)
            .Select(e => $"exercise '{e.Exercise.Id}': the template must compile and declare '{e.Exercise.Signature}' ({e.Status.Name()}): {e.Message}"),
        .. Template.Exercises.Where(e => e.Status == GradeStatus.Passed)
            .Select(e => $"exercise '{e.Exercise.Id}': the template already passes it; a student would get its {e.Exercise.Points} point(s) for nothing"),
    ];
}

/// <summary>Checks an assignment: it loads, the reference passes every exercise, and the template compiles and passes none.</summary>
public static class AssignmentValidator
{
    /// <summary>Validates <paramref name="assignment"/>.</summary>
    /// <exception cref="AssignmentException">The reference does not compile or fails computing its own expected results.</exception>
    public static async Task<ValidationReport> ValidateAsync(QSharpRuntime runtime, Assignment assignment, GradingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var checks = await AssignmentChecks.PrepareAsync(runtime, assignment, options ?? new GradingOptions(), cancellationToken).ConfigureAwait(false);
        var grader = new StudentGrader(runtime, checks);
        var reference = await grader.GradeAsync(Grader.ReferenceSubmission(assignment), cancellationToken).ConfigureAwait(false);
        var template = await grader.GradeAsync(Grader.TemplateSubmission(assignment), cancellationToken).ConfigureAwait(false);
        return new ValidationReport(assignment, reference, template);
    }
}
