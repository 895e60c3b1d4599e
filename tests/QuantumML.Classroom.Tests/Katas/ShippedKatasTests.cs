using System.Globalization;
using QuantumML.Classroom.Katas;
using QuantumML.QSharp.Katas;
using Xunit.Abstractions;

namespace QuantumML.Classroom.Tests.Katas;

/// <summary>Every exercise the package ships, checked through <see cref="KataChecker"/> as <c>qml katas check</c> checks a
/// student's file, all at once on the shared runtime's two engines.</summary>
public sealed class ShippedKatasTests(ITestOutputHelper output)
{
    private static readonly ExerciseCheckOptions Seeded = new() { Seed = 20240917, Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>Templates that pass as shipped (nothing left to do in them): none in qsharp-lang 1.32.5-dev.</summary>
    private static readonly string[] TemplatesThatPass = [];

    [Fact]
    public async Task EveryReferenceSolutionPasses()
    {
        var sweep = await SweepAsync(KataSweepTarget.ReferenceSolutions);

        Assert.True(sweep.Unexpected.Count == 0,
            $"{sweep.Unexpected.Count} of {sweep.Items.Count} reference solutions failed:\n{string.Join("\n", sweep.Unexpected.Select(Describe))}");
        Assert.Equal(SharedRuntime.Catalog.Exercises.Sum(e => e.ReferenceSolutions.Count), sweep.Items.Count);
    }

    [Fact]
    public async Task EveryTemplateAsShippedFails()
    {
        var sweep = await SweepAsync(KataSweepTarget.Templates);

        Assert.Equal(TemplatesThatPass, sweep.Unexpected.Select(i => i.Label).Order(StringComparer.Ordinal));
        Assert.Equal(SharedRuntime.Catalog.Exercises.Count, sweep.Items.Count);
        // A template fails by the checker's verdict (or a deliberate fail), never because it does not compile.
        var broken = sweep.Items.Where(i => i.Check.Verdict == ExerciseVerdict.CompileError).Select(Describe).ToList();
        Assert.True(broken.Count == 0, $"templates that do not compile:\n{string.Join("\n", broken)}");
    }

    private async Task<KataSweepResult> SweepAsync(KataSweepTarget target)
    {
        var sweep = await KataSweep.RunAsync(SharedRuntime.Checker, SharedRuntime.Catalog.Exercises, target, Seeded);
        var verdicts = string.Join(", ", sweep.Items.GroupBy(i => i.Check.Verdict).Select(g => $"{g.Key} {g.Count()}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sweep.Items.Count} checks: {sweep.Wall.TotalSeconds:0.0} s wall, {sweep.EngineTime.TotalSeconds:0.0} s in engines; verdicts: {verdicts}"));
        foreach (var slow in sweep.Items.OrderByDescending(i => i.Check.Elapsed).Take(5))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {slow.Check.Elapsed.TotalMilliseconds,8:0} ms  {slow.Label}"));
        return sweep;
    }

    private static string Describe(KataSweepItem item) =>
        $"{item.Label}: {item.Check.Verdict}; {string.Join(" | ", item.Check.Messages.Concat(item.Check.Diagnostics.Select(d => d.ToString())))}";
}
