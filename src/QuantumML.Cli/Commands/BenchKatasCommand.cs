using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using QuantumML.Classroom.Katas;
using QuantumML.QSharp;
using QuantumML.QSharp.Katas;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml bench katas</c>: checks every shipped reference solution (and with --templates every template) the way
/// <c>qml katas check</c> does, on parallel engines, and reports the counts and times.</summary>
internal sealed class BenchKatasCommand : BaseCommand
{
    private static readonly Option<bool> s_templates = new("--templates") { Description = "Also check every template as shipped (each should fail)." };
    private static readonly Option<int> s_engines = new("--engines")
    {
        Description = "Engines checking in parallel (default: the processor count).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };
    private static readonly Option<long> s_seed = new("--seed")
    {
        Description = "Seed of every check.",
        DefaultValueFactory = _ => 1,
    };
    private static readonly Option<double?> s_timeout = new("--timeout") { Description = "Time limit of each check in seconds (default 60)." };
    private static readonly Option<string?> s_kata = new("--kata") { Description = "Only this kata's exercises (a kata id such as single_qubit_gates)." };
    private static readonly Option<bool> s_json = CommonOptions.Json();

    public BenchKatasCommand() : base("katas", "Check every shipped kata reference solution (and template); print counts and times.")
    {
        Options.Add(s_templates);
        Options.Add(s_engines);
        Options.Add(s_seed);
        Options.Add(s_timeout);
        Options.Add(s_kata);
        Options.Add(s_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var engines = parseResult.GetValue(s_engines);
        if (engines < 1) throw new UsageException($"--engines must be at least 1 (got {engines}).");
        var seed = parseResult.GetValue(s_seed);
        var options = new ExerciseCheckOptions { Seed = seed, Timeout = CommonOptions.ReadTimeout(parseResult, s_timeout) ?? TimeSpan.FromSeconds(60) };
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = engines });
        var catalog = KataCatalog.Load(runtime);
        var checker = new KataChecker(runtime);
        var exercises = catalog.Exercises;
        if (parseResult.GetValue(s_kata) is { } kataId)
        {
            exercises = catalog.Katas.FirstOrDefault(k => k.Id == kataId)?.Exercises
                ?? throw new UsageException($"--kata: no kata has the id '{kataId}'; the katas are {string.Join(", ", catalog.Katas.Select(k => k.Id))}.");
        }

        var sweeps = new List<KataSweepResult>();
        foreach (var target in parseResult.GetValue(s_templates) ? [KataSweepTarget.ReferenceSolutions, KataSweepTarget.Templates] : new[] { KataSweepTarget.ReferenceSolutions })
        {
            await stderr.WriteLineAsync($"checking the {(target == KataSweepTarget.Templates ? "templates" : "reference solutions")} of {exercises.Count} exercises on {engines} engine(s) ...").ConfigureAwait(false);
            sweeps.Add(await KataSweep.RunAsync(checker, exercises, target, options, cancellationToken: cancellationToken).ConfigureAwait(false));
        }
        var report = new KatasBenchmarkReport(runtime.QdkVersion, engines, seed, sweeps.Select(KatasSweepSummary.From).ToList());

        if (parseResult.GetValue(s_json))
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(report, JsonOutput.Options)).ConfigureAwait(false);
        }
        else
        {
            await stdout.WriteLineAsync($"Quantum Katas of qsharp-lang {report.QdkVersion}, {engines} engine(s), seed {seed}").ConfigureAwait(false);
            foreach (var (sweep, summary) in sweeps.Zip(report.Sweeps))
                await WriteSweepAsync(stdout, sweep, summary).ConfigureAwait(false);
        }
        return sweeps.All(s => s.Unexpected.Count == 0) ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static async Task WriteSweepAsync(TextWriter stdout, KataSweepResult sweep, KatasSweepSummary s)
    {
        var expected = sweep.Target == KataSweepTarget.Templates ? "failed, as expected" : "passed";
        var asExpected = sweep.Target == KataSweepTarget.Templates ? s.Checks - s.Passed : s.Passed;
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{s.Target.Replace('_', ' ')}: {s.Checks} checks of {s.Exercises} exercises, {asExpected} {expected}; " +
            $"{s.WallSeconds:0.0} s wall, {s.EngineSeconds:0.0} s in engines, {s.MeanCheckMs:0} ms per check")).ConfigureAwait(false);
        foreach (var (label, ms) in s.Slowest)
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  slow: {ms,6:0} ms  {label}")).ConfigureAwait(false);
        foreach (var item in sweep.Unexpected)
        {
            var why = string.Join(" | ", item.Check.Messages.Concat(item.Check.Diagnostics.Select(d => d.ToString())));
            await stdout.WriteLineAsync($"  UNEXPECTED {item.Check.Verdict}: {item.Label}: {why}").ConfigureAwait(false);
        }
    }
}
