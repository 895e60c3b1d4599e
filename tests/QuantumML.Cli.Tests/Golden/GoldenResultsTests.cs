using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace QuantumML.Cli.Tests.Golden;

/// <summary>Every shipped spec gives the results recorded in <c>tests/golden/NAME.json</c> (normalized by
/// <see cref="NormalizedResults"/>): the same runs, seeds and numbers, exactly. The small specs run here; all of them
/// are checked from a folder of runs made by <c>tests/golden/run-specs.sh</c> with <c>QML_GOLDEN_CHECK=DIR</c>, and
/// <c>QML_GOLDEN_RECORD=DIR</c> records such a folder's results as the new reference.</summary>
public sealed class GoldenResultsTests(ITestOutputHelper output)
{
    /// <summary>Specs of every task that run in seconds: classification with a re-uploading VQC, quantum kernels and the
    /// classical baselines; VQE at four depths; QAOA beside the classical solvers; graph methods on the karate club.</summary>
    public static TheoryData<string> SmallSpecs => new() { "adhoc-qsvc", "circles", "vqe-tfim", "qaoa-3regular", "karate" };

    [Theory]
    [MemberData(nameof(SmallSpecs))]
    public async Task ASmallSpecGivesItsRecordedResults(string name)
    {
        using var temp = new TempFolder("qml-golden-");
        var outcome = await CliRunner.RunAsync("run", Path.Combine(RepoFolder("experiments"), $"{name}.json"), "--out", temp.Path, "--quiet");
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        var difference = Compare(name, NormalizedResults.Of(Path.Combine(temp.Path, "results.json")));
        Assert.True(difference is null, $"{name}: {difference}");
    }

    [SkippableFact]
    public void AFolderOfRunsGivesTheRecordedResults()
    {
        var record = Environment.GetEnvironmentVariable("QML_GOLDEN_RECORD");
        var check = Environment.GetEnvironmentVariable("QML_GOLDEN_CHECK");
        Skip.If(record is null && check is null, "QML_GOLDEN_CHECK=DIR (or QML_GOLDEN_RECORD=DIR) names a folder of runs made by tests/golden/run-specs.sh");
        var folder = (record ?? check)!;
        var names = Directory.GetDirectories(folder).Select(Path.GetFileName).Where(n => File.Exists(Path.Combine(folder, n!, "results.json"))).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(names);
        var failures = new List<string>();
        foreach (var name in names)
        {
            var normalized = NormalizedResults.Of(Path.Combine(folder, name!, "results.json"));
            if (record is not null)
            {
                File.WriteAllText(Recorded(name!), NormalizedResults.Text(normalized));
                output.WriteLine($"{name,-16} recorded ({normalized["runs"]!.AsArray().Count} runs)");
                continue;
            }
            var difference = Compare(name!, normalized);
            output.WriteLine($"{name,-16} {normalized["runs"]!.AsArray().Count,4} runs  {difference ?? "equal"}");
            if (difference is not null) failures.Add($"{name}: {difference}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string? Compare(string name, JsonObject normalized)
    {
        var file = Recorded(name);
        if (!File.Exists(file)) return $"no recorded results {file}";
        return NormalizedResults.FirstDifference(JsonNode.Parse(File.ReadAllText(file)), JsonNode.Parse(NormalizedResults.Text(normalized)));
    }

    private static string Recorded(string name) => Path.Combine(RepoFolder(Path.Combine("tests", "golden")), $"{name}.json");

    private static string RepoFolder(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, relative)) && File.Exists(Path.Combine(dir.FullName, "QuantumML.sln")))
                return Path.Combine(dir.FullName, relative);
        }
        throw new DirectoryNotFoundException($"no {relative} above {AppContext.BaseDirectory}");
    }
}
