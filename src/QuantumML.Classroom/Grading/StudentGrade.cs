namespace QuantumML.Classroom.Grading;

/// <summary>One student's grades, exercise by exercise in assignment order.</summary>
/// <param name="Student">The student's name: the submission's folder or file name, as it is.</param>
/// <param name="Exercises">One grade per exercise.</param>
public sealed record StudentGrade(string Student, IReadOnlyList<ExerciseGrade> Exercises)
{
    /// <summary>The student's id: unique in the class and safe as a file name (see <see cref="Submission.Id"/>).</summary>
    public string Id { get; init; } = StudentIds.Of(Student);

    /// <summary>What grading left out of the submission and why (a symbolic link, a file too large…).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The points earned.</summary>
    public int Points => Exercises.Sum(e => e.Points);

    /// <summary>The points available.</summary>
    public int MaxPoints => Exercises.Sum(e => e.Exercise.Points);
}
