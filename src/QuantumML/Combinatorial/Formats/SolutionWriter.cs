using System.Text.Encodings.Web;
using System.Text.Json;
using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Combinatorial.Formats;

/// <summary>A solution as written to JSON: the assignment as spins and as a bit string (variable 0 first, bit 1 = spin
/// -1), its energy and objective, and how it was found.</summary>
/// <param name="Problem">The problem's name.</param>
/// <param name="Kind">"maxcut", "ising" or "qubo".</param>
/// <param name="Solver">The solver's name.</param>
/// <param name="Variables">The number of variables.</param>
/// <param name="Energy">The Ising energy.</param>
/// <param name="Objective">The objective in the problem's terms: the cut (maximized) or the energy/QUBO value (minimized).</param>
/// <param name="Cut">The cut, for MaxCut.</param>
/// <param name="Bits">The assignment as bits.</param>
/// <param name="Spins">The assignment as spins.</param>
/// <param name="WallSeconds">The solve's wall time.</param>
/// <param name="Reads">Reads completed.</param>
/// <param name="Work">Work done.</param>
/// <param name="WorkUnit">What the work counts.</param>
/// <param name="Trace">(seconds, best objective) each time the best improved.</param>
public sealed record SolutionRecord(
    string Problem,
    string Kind,
    string Solver,
    int Variables,
    double Energy,
    double Objective,
    double? Cut,
    string Bits,
    int[] Spins,
    double WallSeconds,
    int Reads,
    long Work,
    string WorkUnit,
    double[][] Trace);

/// <summary>Writes solutions as JSON (snake_case names, like results.json).</summary>
public static class SolutionWriter
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The record of <paramref name="result"/> on <paramref name="problem"/>.</summary>
    public static SolutionRecord Record(CombinatorialProblem problem, SolverResult result)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(result);
        return new SolutionRecord(
            problem.Name,
            problem.Kind.ToString().ToLowerInvariant(),
            result.Solver,
            problem.VariableCount,
            result.Energy,
            problem.Value(result.Spins),
            problem.Graph?.Cut(result.Spins),
            Problems.Spins.ToBitString(result.Spins),
            [.. result.Spins.Select(s => (int)s)],
            result.WallSeconds,
            result.Reads,
            result.Work,
            result.WorkUnit == Solvers.WorkUnit.SpinFlipAttempts ? "spin_flip_attempts" : "iterations",
            [.. result.Trace.Select(p => new[] { p.Seconds, problem.ValueOfEnergy(p.Energy) })]);
    }

    /// <summary>The JSON text of the solution.</summary>
    public static string ToJson(CombinatorialProblem problem, SolverResult result) => JsonSerializer.Serialize(Record(problem, result), s_json);

    /// <summary>Writes the solution to <paramref name="path"/>.</summary>
    public static void Write(string path, CombinatorialProblem problem, SolverResult result) => File.WriteAllText(path, ToJson(problem, result) + "\n");
}
