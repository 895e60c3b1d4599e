using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;

namespace QuantumML.Experiments.Tests.Running;

public sealed class RunCoordinatorTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("qml-coordinator-");
    private readonly string _spec;

    public RunCoordinatorTests()
    {
        _spec = Path.Combine(_temp.FullName, "coordinated.json");
        File.WriteAllText(_spec, """
            {
              "name": "coordinated",
              "dataset": { "source": "moons", "samples": 40, "noise": 0.1 },
              "seeds": [1, 2],
              "models": [ { "name": "lr", "type": "logistic-regression" }, { "name": "knn", "type": "knn", "k": 3 } ]
            }
            """);
    }

    public void Dispose() => _temp.Delete(recursive: true);

    private string Folder(string name) => Path.Combine(_temp.FullName, name);

    private static Task<RunOutcome> RunAsync(RunPlan plan) => plan.RunAsync(TestQuantum.Runtime, TestQuantum.Project, null, 2);

    private static IEnumerable<(string, int, double)> Accuracies(RunOutcome outcome) =>
        outcome.Result.Runs.Select(r => (r.Model, r.Seed, r.Metrics[MetricNames.TestAccuracy]));

    [Fact]
    public async Task APlanWritesNothingAndAResumedRunDoesOnlyWhatIsMissing()
    {
        var plan = RunCoordinator.Plan(new RunRequest(_spec) { Out = Folder("whole") });
        Assert.False(Directory.Exists(Folder("whole")));
        Assert.Equal(4, plan.ToDo);
        var whole = await RunAsync(plan);
        Assert.Equal([("lr", 1), ("knn", 1), ("lr", 2), ("knn", 2)], whole.Result.Runs.Select(r => (r.Model, r.Seed)));
        Assert.True(File.Exists(whole.ResultsPath));
        Assert.True(File.Exists(whole.ReportPath));

        var again = Assert.Throws<RunInputException>(() => RunCoordinator.Plan(new RunRequest(_spec) { Out = Folder("whole") }));
        Assert.Contains("already holds 4 finished run(s); finish it with --resume", again.Message, StringComparison.Ordinal);

        File.Delete(Directory.GetFiles(Path.Combine(Folder("whole"), RunStore.RunsFolder)).Order(StringComparer.Ordinal).First());
        var resume = RunCoordinator.Plan(new RunRequest(_spec) { Resume = Folder("whole") });
        Assert.Equal(1, resume.ToDo);
        Assert.Equal(3, resume.Finished.Count);
        var resumed = await RunAsync(resume);
        Assert.Equal(Accuracies(whole), Accuracies(resumed));
    }

    [Fact]
    public async Task ShardsMergeIntoTheWholeRunAndAMissingShardWritesNothing()
    {
        var whole = await RunAsync(RunCoordinator.Plan(new RunRequest(_spec) { Out = Folder("whole") }));
        foreach (var shard in new[] { Shard.Parse("1/2"), Shard.Parse("2/2") })
        {
            var plan = RunCoordinator.Plan(new RunRequest(_spec) { Out = Folder(shard.FolderName), Shard = shard });
            Assert.Equal(2, plan.ToDo);
            await RunAsync(plan);
        }

        var partial = RunCoordinator.Merge([Folder("shard-1-of-2")], Folder("partial"));
        Assert.Null(partial.Written);
        Assert.Equal(2, partial.Missing.Count);
        Assert.False(Directory.Exists(Folder("partial")));

        var twice = Assert.Throws<RunInputException>(() => RunCoordinator.Merge([Folder("shard-1-of-2"), Folder("shard-1-of-2")], Folder("twice")));
        Assert.Contains("merge each job once", twice.Message, StringComparison.Ordinal);

        var merged = RunCoordinator.Merge([Folder("shard-1-of-2"), Folder("shard-2-of-2")], Folder("merged"));
        Assert.NotNull(merged.Written);
        Assert.Empty(merged.Missing);
        Assert.Equal(Accuracies(whole), Accuracies(merged.Written));
        Assert.True(File.Exists(Path.Combine(Folder("merged"), ResultsFile.FileName)));
    }

    [Fact]
    public void AMergeOfFoldersThatNeverStartedSaysSo()
    {
        var e = Assert.Throws<RunInputException>(() => RunCoordinator.Merge([Folder("shard-1-of-2")], Folder("merged")));
        Assert.Contains("no shard has started yet", e.Message, StringComparison.Ordinal);
    }
}
