using QuantumML.QSharp;
using QuantumML.QSharp.Katas;

namespace QuantumML.Classroom.Katas;

/// <summary>Checks solutions to kata exercises with the Katas' own checker, in-process, on the runtime's engine pool.</summary>
/// <remarks>This is the one path a solution takes to a verdict: <c>qml katas check</c>, <c>qml bench katas</c> and the
/// test of every reference solution all come through here. Checks may run concurrently, up to the runtime's workers.</remarks>
public sealed class KataChecker(QSharpRuntime runtime)
{
    /// <summary>Compiles <paramref name="solutionCode"/> with the exercise's verification code and runs the verification.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="solutionPath">How diagnostics name the solution (the student's file as they gave it).</param>
    /// <param name="solutionCode">The solution's Q# code: namespace <c>Kata</c> with the exercise's callable.</param>
    /// <param name="options">Seed and time limit.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <exception cref="QSharpTimeoutException">The check passed its time limit.</exception>
    public Task<ExerciseCheck> CheckAsync(
        KataExercise exercise, string solutionPath, string solutionCode, ExerciseCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return runtime.CheckExerciseAsync(new QSharpSource(solutionPath, solutionCode), exercise.Sources, options, cancellationToken);
    }
}
