namespace QuantumML.QSharp.Engine;

internal sealed partial class QSharpEngine
{
    /// <summary>Runs the Quantum Katas checker on a fresh module instance seeded with <paramref name="seed"/>; returns the
    /// raw events, separated by U+001E, the last one being the checker's verdict.</summary>
    /// <param name="solutionCode">The student's Q# code.</param>
    /// <param name="sourcesJson">The exercise's sources (verification code and the libraries it uses) as a JSON array of strings.</param>
    /// <param name="seed">The seed of the simulator's random source.</param>
    /// <param name="output">What the check may emit (see <see cref="Run"/>).</param>
    public string CheckExercise(string solutionCode, string sourcesJson, long seed, OutputLimit output)
    {
        var (lo, hi) = SplitSeed(seed);
        BeginRun();
        return (string)_host.InvokeMethod("checkExercise", solutionCode, sourcesJson, lo, hi, output.MaxEvents, (double)output.MaxBytes, _stopForOutput);
    }
}
