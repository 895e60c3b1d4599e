using QuantumML.Classroom.Assignments;

namespace QuantumML.Classroom.Grading;

/// <summary>Every student's grades on one assignment.</summary>
/// <param name="Assignment">The assignment.</param>
/// <param name="Students">The students, in name order.</param>
/// <param name="Elapsed">How long grading took.</param>
public sealed record Gradebook(Assignment Assignment, IReadOnlyList<StudentGrade> Students, TimeSpan Elapsed)
{
    /// <summary>Entries of the submissions folder that were not graded, each with the reason (see <see cref="SubmissionScan.Ignored"/>).</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];
}
