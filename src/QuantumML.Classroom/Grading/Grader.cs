using System.Diagnostics;
using QuantumML.Classroom.Assignments;
using QuantumML.QSharp;

namespace QuantumML.Classroom.Grading;

/// <summary>Grades every submission of an assignment, several students at once on the runtime's engines.</summary>
/// <param name="runtime">The Q# runtime; its engine pool bounds how many students are graded at once.</param>
public sealed class Grader(QSharpRuntime runtime)
{
    /// <summary>Grades <paramref name="submissions"/> against <paramref name="assignment"/>.</summary>
    /// <param name="assignment">The assignment.</param>
    /// <param name="submissions">One per student.</param>
    /// <param name="options">Time limit and parallelism; null for the defaults.</param>
    /// <param name="graded">Called as each student is done (from any thread).</param>
    /// <param name="cancellationToken">Stops grading.</param>
    /// <exception cref="AssignmentException">The reference does not compile, fails, or (with <see cref="GradingOptions.CheckReference"/>)
    /// does not pass every exercise.</exception>
    public async Task<Gradebook> GradeAsync(
        Assignment assignment, IReadOnlyList<Submission> submissions, GradingOptions? options = null, Action<StudentGrade>? graded = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(submissions);
        options ??= new GradingOptions();
        var clock = Stopwatch.StartNew();
        var checks = await AssignmentChecks.PrepareAsync(runtime, assignment, options, cancellationToken).ConfigureAwait(false);
        var grader = new StudentGrader(runtime, checks);
        if (options.CheckReference)
        {
            var reference = await grader.GradeAsync(ReferenceSubmission(assignment), cancellationToken).ConfigureAwait(false);
            if (reference.Exercises.FirstOrDefault(e => e.Status != GradeStatus.Passed) is { } failed)
                throw new AssignmentException($"the reference solution does not pass exercise '{failed.Exercise.Id}' ({failed.Status.Name()}: {failed.Message}); run 'qml assignment validate {assignment.Directory}'");
        }
        var grades = new StudentGrade[submissions.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism ?? runtime.Workers, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, submissions.Count), parallel, async (i, token) =>
        {
            grades[i] = await grader.GradeAsync(submissions[i], token).ConfigureAwait(false);
            graded?.Invoke(grades[i]);
        }).ConfigureAwait(false);
        return new Gradebook(checks.Assignment, grades.OrderBy(g => g.Student, StringComparer.Ordinal).ToList(), clock.Elapsed);
    }

    /// <summary>The reference solution as a submission.</summary>
    internal static Submission ReferenceSubmission(Assignment assignment) => FolderSubmission(assignment, Assignment.ReferenceFolder);

    /// <summary>The template as a submission.</summary>
    internal static Submission TemplateSubmission(Assignment assignment) => FolderSubmission(assignment, Assignment.TemplateFolder);

    private static Submission FolderSubmission(Assignment assignment, string folder)
    {
        var root = Path.GetDirectoryName(assignment.Directory) ?? assignment.Directory;
        var files = Directory.EnumerateFiles(Path.Combine(assignment.Directory, folder), "*.qs", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
        return new Submission(folder, files);
    }
}
