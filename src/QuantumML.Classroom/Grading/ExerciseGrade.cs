using QuantumML.Classroom.Assignments;

namespace QuantumML.Classroom.Grading;

/// <summary>One student's grade on one exercise.</summary>
/// <param name="Exercise">The exercise.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Message">Empty when passed; otherwise what failed, starting with where (<c>FILE:LINE:COL: …</c>) and naming the failing input.</param>
public sealed record ExerciseGrade(Exercise Exercise, GradeStatus Status, string Message)
{
    /// <summary>The points earned: all of the exercise's when passed, else none.</summary>
    public int Points => Status == GradeStatus.Passed ? Exercise.Points : 0;
}
