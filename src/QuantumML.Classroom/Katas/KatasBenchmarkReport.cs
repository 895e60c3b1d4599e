
namespace QuantumML.Classroom.Katas;

/// <summary>The figures of <c>qml bench katas</c>: one sweep of the shipped exercises.</summary>
/// <param name="QdkVersion">The qsharp-lang version whose Katas were checked.</param>
/// <param name="Engines">Engines that checked in parallel.</param>
/// <param name="Seed">The seed of every check.</param>
/// <param name="Sweeps">One summary per kind of code checked.</param>
public sealed record KatasBenchmarkReport(string QdkVersion, int Engines, long Seed, IReadOnlyList<KatasSweepSummary> Sweeps);

/// <summary>One sweep: how many checks, how many came out as expected, and how long they took.</summary>
/// <param name="Target">What was checked: reference_solutions or templates.</param>
/// <param name="Exercises">Exercises covered.</param>
/// <param name="Checks">Pieces of code checked (an exercise may have several reference solutions).</param>
/// <param name="Passed">Checks that passed.</param>
/// <param name="Unexpected">Labels of the checks whose verdict was not the expected one.</param>
/// <param name="WallSeconds">Wall time of the sweep.</param>
/// <param name="EngineSeconds">Time inside engines, summed over checks.</param>
/// <param name="MeanCheckMs">Mean time of one check inside its engine.</param>
/// <param name="Slowest">The five slowest checks, with their times in ms.</param>
public sealed record KatasSweepSummary(
    string Target, int Exercises, int Checks, int Passed, IReadOnlyList<string> Unexpected,
    double WallSeconds, double EngineSeconds, double MeanCheckMs, IReadOnlyList<KeyValuePair<string, double>> Slowest)
{
    /// <summary>The summary of <paramref name="sweep"/>.</summary>
    public static KatasSweepSummary From(KataSweepResult sweep) => new(
        sweep.Target == KataSweepTarget.Templates ? "templates" : "reference_solutions",
        sweep.Items.Select(i => i.Exercise.Id).Distinct(StringComparer.Ordinal).Count(),
        sweep.Items.Count,
        sweep.Items.Count(i => i.Check.Passed),
        sweep.Unexpected.Select(i => i.Label).ToList(),
        sweep.Wall.TotalSeconds,
        sweep.EngineTime.TotalSeconds,
        sweep.Items.Count == 0 ? 0 : sweep.EngineTime.TotalMilliseconds / sweep.Items.Count,
        sweep.Items.OrderByDescending(i => i.Check.Elapsed).Take(5)
            .Select(i => new KeyValuePair<string, double>(i.Label, Math.Round(i.Check.Elapsed.TotalMilliseconds))).ToList());
}
