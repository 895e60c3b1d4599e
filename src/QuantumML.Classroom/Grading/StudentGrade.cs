namespace QuantumML.Classroom.Grading;

/// <summary>One student's grades, exercise by exercise in assignment order.</summary>
/// <param name="Student">The student's name: the submission's folder or file name.</param>
/// <param name="Exercises">One grade per exercise.</param>
public sealed record StudentGrade(string Student, IReadOnlyList<ExerciseGrade> Exercises)
{
    /// <summary>The points earned.</summary>
    public int Points => Exercises.Sum(e => e.Points);

    /// <summary>The points available.</summary>
    public int MaxPoints => Exercises.Sum(e => e.Exercise.Points);
}
