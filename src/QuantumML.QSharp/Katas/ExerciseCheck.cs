namespace QuantumML.QSharp.Katas;

/// <summary>The Quantum Katas checker's verdict on one solution, with everything it printed.</summary>
/// <param name="Verdict">Passed, failed, or why it could not run.</param>
/// <param name="Output">The checker's messages and state dumps, in order: on a failure they name the failing case.</param>
/// <param name="Diagnostics">Compile or runtime errors, located in the solution's or the exercise's named sources;
/// empty unless <paramref name="Verdict"/> is <see cref="ExerciseVerdict.CompileError"/> or <see cref="ExerciseVerdict.RuntimeError"/>.</param>
/// <param name="Seed">The seed of the simulator's random source; checking again with it repeats the verdict.</param>
/// <param name="Elapsed">Wall time inside the engine (compile and verification), excluding queueing.</param>
public sealed record ExerciseCheck(
    ExerciseVerdict Verdict,
    IReadOnlyList<ExerciseOutput> Output,
    IReadOnlyList<QSharpDiagnostic> Diagnostics,
    long Seed,
    TimeSpan Elapsed)
{
    /// <summary>Whether the solution passed.</summary>
    public bool Passed => Verdict == ExerciseVerdict.Passed;

    /// <summary>The checker's messages alone, in order.</summary>
    public IEnumerable<string> Messages => Output.OfType<ExerciseMessage>().Select(m => m.Text);
}
