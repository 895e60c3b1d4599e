using System.Diagnostics;
using QuantumML.QSharp.Katas;

namespace QuantumML.Classroom.Katas;

/// <summary>What a sweep checks for each exercise.</summary>
public enum KataSweepTarget
{
    /// <summary>Every reference solution; each is expected to pass.</summary>
    ReferenceSolutions,

    /// <summary>The template as shipped; each is expected to fail.</summary>
    Templates,
}

/// <summary>One checked piece of code of a sweep.</summary>
/// <param name="Exercise">The exercise.</param>
/// <param name="Label">The exercise id, with the solution's number where an exercise has several.</param>
/// <param name="Check">The checker's verdict.</param>
public sealed record KataSweepItem(KataExercise Exercise, string Label, ExerciseCheck Check);

/// <summary>The outcome of a sweep.</summary>
/// <param name="Target">What was checked.</param>
/// <param name="Items">One item per checked piece of code, in catalog order.</param>
/// <param name="Wall">Wall time of the whole sweep.</param>
public sealed record KataSweepResult(KataSweepTarget Target, IReadOnlyList<KataSweepItem> Items, TimeSpan Wall)
{
    /// <summary>The items whose verdict is not the expected one: a failing reference solution, a passing template.</summary>
    public IReadOnlyList<KataSweepItem> Unexpected =>
        Items.Where(i => i.Check.Passed != (Target == KataSweepTarget.ReferenceSolutions)).ToList();

    /// <summary>The time spent inside engines, summed over checks; more than <see cref="Wall"/> when engines ran in parallel.</summary>
    public TimeSpan EngineTime => TimeSpan.FromTicks(Items.Sum(i => i.Check.Elapsed.Ticks));
}

/// <summary>Checks many exercises at once through <see cref="KataChecker"/>, as <c>qml katas check</c> checks one.</summary>
public static class KataSweep
{
    /// <summary>Checks <paramref name="target"/> of every exercise, all submitted at once so the runtime's workers stay busy.</summary>
    /// <param name="checker">The checker (its runtime's workers bound the parallelism).</param>
    /// <param name="exercises">The exercises.</param>
    /// <param name="target">Reference solutions or templates.</param>
    /// <param name="options">Seed and time limit of each check.</param>
    /// <param name="progress">Told the number of checks done after each one.</param>
    /// <param name="cancellationToken">Stops the sweep.</param>
    public static async Task<KataSweepResult> RunAsync(
        KataChecker checker, IEnumerable<KataExercise> exercises, KataSweepTarget target, ExerciseCheckOptions options,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(exercises);
        var cases = exercises.SelectMany(e => target == KataSweepTarget.Templates
                ? [(Exercise: e, Label: e.Id, Code: e.Template)]
                : e.ReferenceSolutions.Select((code, i) => (Exercise: e, Label: e.ReferenceSolutions.Count > 1 ? $"{e.Id} (solution {i + 1})" : e.Id, Code: code)))
            .ToList();
        var clock = Stopwatch.StartNew();
        var done = 0;
        var items = await Task.WhenAll(cases.Select(async c =>
        {
            var check = await checker.CheckAsync(c.Exercise, "solution.qs", c.Code, options, cancellationToken).ConfigureAwait(false);
            progress?.Report(Interlocked.Increment(ref done));
            return new KataSweepItem(c.Exercise, c.Label, check);
        })).ConfigureAwait(false);
        return new KataSweepResult(target, items, clock.Elapsed);
    }
}
