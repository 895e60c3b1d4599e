using System.Diagnostics;
using System.Text.Json.Nodes;
using QuantumML.Experiments.Results;

namespace QuantumML.Cli.Tests.Commands;

/// <summary>A results folder of a small classical run, made once for the hostile-input tests to copy and damage.</summary>
public sealed class FinishedRunFixture : IDisposable
{
    public FinishedRunFixture()
    {
        Root = Directory.CreateTempSubdirectory("qml-hostile-fixture-").FullName;
        Spec = Path.Combine(Root, "spec.json");
        File.WriteAllText(Spec, """
            { "name": "hostile", "dataset": { "source": "moons", "samples": 40 }, "seeds": [1, 2],
              "models": [ { "name": "knn", "type": "knn", "k": 3 }, { "name": "lr", "type": "logistic-regression" } ] }
            """);
        Folder = Path.Combine(Root, "run");
        var outcome = CliRunner.RunAsync("run", Spec, "--out", Folder, "--quiet").GetAwaiter().GetResult();
        if (outcome.ExitCode != 0) throw new InvalidOperationException(outcome.Err);
    }

    public string Root { get; }

    public string Spec { get; }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>The inputs of issue 20 that ended in a stack trace, an out-of-memory abort or a silent overwrite (items 7, 8,
/// 12 and 13): each now gets one message naming the file (and line or field), exit code 2, and leaves every file that
/// existed before exactly as it was.</summary>
public sealed class HostileInputTests(FinishedRunFixture fixture) : IClassFixture<FinishedRunFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A copy of the finished run, to damage.</summary>
    private string CopyOfRun(string name)
    {
        var target = Path.Combine(_dir, name);
        foreach (var file in Directory.EnumerateFiles(fixture.Folder, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(fixture.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    /// <summary>Runs <paramref name="args"/> and asserts exit 2, one message line starting with <paramref name="start"/>,
    /// no stack trace, and that nothing under the test's folder was created, removed or changed.</summary>
    private async Task<string> RefusedAsync(string start, params string[] args)
    {
        var before = FolderSnapshot.Of(_dir);
        var outcome = await CliRunner.RunAsync(args);
        Assert.True(outcome.ExitCode == ExitCodes.InvalidInput, $"exit {outcome.ExitCode}: {outcome.Err}");
        var message = outcome.Err.TrimEnd('\n');
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.StartsWith(start, message, StringComparison.Ordinal);
        before.AssertUnchanged(FolderSnapshot.Of(_dir));
        return message;
    }

    // Item 7.
    [Fact]
    public async Task DuplicateSeedsAreASpecErrorAndMakeNoFolder()
    {
        var spec = Write("dup.json", """{ "name": "dup", "dataset": { "source": "moons", "samples": 40 }, "seeds": [1, 1], "models": [ { "type": "knn" } ] }""");
        var message = await RefusedAsync($"qml run: {spec}: $.seeds[1] is 1, already given as $.seeds[0]", "run", spec, "--quiet");
        Assert.False(Directory.Exists(Path.Combine(_dir, "results")));
        var vqe = Write("dupv.json", """{ "name": "dupv", "task": "vqe", "hamiltonian": { "source": "tfim", "qubits": 2 }, "seeds": [3, 4, 3], "models": [ { "ansatz": "hardware-efficient" } ] }""");
        await RefusedAsync($"qml run: {vqe}: $.seeds[2] is 3, already given as $.seeds[0]", "run", vqe, "--out", Path.Combine(_dir, "out"));
        Assert.Contains("list each seed once", message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> DamagedFiles => new()
    {
        // file, damage, the start of the message after the file's path
        { "results.json", "truncated", ":" },
        { "results.json", "garbage", ":1:1: not valid JSON" },
        { "results.json", "wrong type", ": $.runs[0].seed is a string, expected a whole number" },
        { "spec.json", "truncated", ":" },
        { "spec.json", "garbage", ":1:1: not valid JSON" },
        { "spec.json", "wrong type", ": $.seeds[0] must be an integer" },
        { "runs/knn.seed1.json", "truncated", ":" },
        { "runs/knn.seed1.json", "garbage", ":1:1: not valid JSON" },
        { "runs/knn.seed1.json", "wrong type", ": $.model is a number, expected a string" },
        { "models/knn-seed1.json", "truncated", ":" },
        { "models/knn-seed1.json", "garbage", ":1:1: not valid JSON" },
        { "models/knn-seed1.json", "wrong type", ": $.seed is a string, expected a whole number" },
    };

    private static void Damage(string path, string damage)
    {
        var text = File.ReadAllText(path);
        switch (damage)
        {
            case "truncated":
                File.WriteAllText(path, text[..(text.Length * 2 / 3)]);
                break;
            case "garbage":
                File.WriteAllBytes(path, [0x00, 0xFF, 0x13, 0x37, (byte)'g', (byte)'a', (byte)'r', (byte)'b']);
                break;
            default:
                var root = JsonNode.Parse(text)!.AsObject();
                switch (Path.GetFileName(path))
                {
                    case "results.json": root["runs"]![0]!["seed"] = "one"; break;
                    case "spec.json": root["seeds"]![0] = "one"; break;
                    case "knn.seed1.json": root["model"] = 5; break;
                    default: root["seed"] = "one"; break;
                }
                File.WriteAllText(path, root.ToJsonString());
                break;
        }
    }

    // Item 8: qml merge.
    [Theory]
    [MemberData(nameof(DamagedFiles))]
    public async Task MergeNamesADamagedFileAndWritesNothing(string file, string damage, string after)
    {
        var folder = CopyOfRun("shard");
        var path = Path.Combine(folder, file);
        Damage(path, damage);
        var message = await RefusedAsync($"qml merge: {path}{after}", "merge", folder, "--out", Path.Combine(_dir, "merged"));
        if (damage == "truncated") Assert.Matches(@"^qml merge: \S+:\d+:\d+: not valid JSON, the file may be truncated", message);
    }

    // Item 8: a truncated model that is still valid JSON up to its cut is not merged silently either.
    [Fact]
    public async Task MergeRefusesAModelFileOfAnotherRun()
    {
        var folder = CopyOfRun("shard");
        File.Copy(Path.Combine(folder, "models", "knn-seed2.json"), Path.Combine(folder, "models", "knn-seed1.json"), overwrite: true);
        await RefusedAsync($"qml merge: {Path.Combine(folder, "models", "knn-seed1.json")}: $.name and $.seed are 'knn' and 2, but the file is the model of 'knn' seed 1",
            "merge", folder, "--out", Path.Combine(_dir, "merged"));
        var cut = CopyOfRun("cut");
        var split = Path.Combine(cut, "data", "test-seed1.csv");
        File.WriteAllLines(split, File.ReadAllLines(split)[..5]);
        await RefusedAsync($"qml merge: {split}: holds 4 samples, but the test split of seed 1 has 12", "merge", cut, "--out", Path.Combine(_dir, "merged"));
    }

    // Item 8: qml run --resume.
    [Theory]
    [InlineData("spec.json", "truncated", ":")]
    [InlineData("spec.json", "garbage", ":1:1: not valid JSON")]
    [InlineData("runs/knn.seed1.json", "truncated", ":")]
    [InlineData("runs/knn.seed1.json", "garbage", ":1:1: not valid JSON")]
    [InlineData("runs/knn.seed1.json", "wrong type", ": $.model is a number, expected a string")]
    public async Task ResumeNamesADamagedFileAndWritesNothing(string file, string damage, string after)
    {
        var folder = CopyOfRun("partial");
        File.Delete(Path.Combine(folder, "runs", "lr.seed2.json"));
        var path = Path.Combine(folder, file);
        Damage(path, damage);
        await RefusedAsync($"qml run: {path}{after}", "run", fixture.Spec, "--resume", folder, "--quiet");
    }

    [Fact]
    public async Task ResumeRefusesARunFileRenamedToAnotherRun()
    {
        var folder = CopyOfRun("partial");
        File.Move(Path.Combine(folder, "runs", "knn.seed1.json"), Path.Combine(folder, "runs", "knn.seed2.json"), overwrite: true);
        await RefusedAsync($"qml run: {Path.Combine(folder, "runs", "knn.seed2.json")}: holds the run of 'knn' seed 1", "run", fixture.Spec, "--resume", folder, "--quiet");
    }

    [Fact]
    public async Task ResumeRebuildsADamagedResultsFileFromTheRuns()
    {
        var folder = CopyOfRun("partial");
        Damage(Path.Combine(folder, ResultsFile.FileName), "truncated");
        var outcome = await CliRunner.RunAsync("run", fixture.Spec, "--resume", folder, "--quiet");
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        SameRuns.Assert(fixture.Folder, folder);
    }

    [Fact]
    public async Task ALeftoverTemporaryFileOfAKilledWriteIsSkipped()
    {
        var folder = CopyOfRun("partial");
        File.Delete(Path.Combine(folder, "runs", "lr.seed2.json"));
        File.WriteAllText(Path.Combine(folder, "runs", "lr.seed2.json.4242.tmp.json"), "{ \"model\": \"lr\", ");
        var outcome = await CliRunner.RunAsync("run", fixture.Spec, "--resume", folder, "--quiet");
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        SameRuns.Assert(fixture.Folder, folder);
    }

    // Item 12.
    [Fact]
    public async Task SizesTooLargeForMemoryAreRefusedByTheSpecCheck()
    {
        var hidden = Write("hidden.json", """{ "name": "h", "dataset": { "source": "moons", "samples": 40 }, "models": [ { "type": "mlp", "hidden": [100000, 100000] } ] }""");
        await RefusedAsync($"qml run: {hidden}: $.models[0].hidden [100000, 100000] makes 10,000,200,000 weights with 2 input features; at most 50,000,000", "run", hidden, "--quiet");
        var seeds = Write("seeds.json", $$"""{ "name": "s", "dataset": { "source": "moons", "samples": 40 }, "seeds": [{{string.Join(",", Enumerable.Range(0, 1001))}}], "models": [ { "type": "knn" } ] }""");
        await RefusedAsync($"qml run: {seeds}: $.seeds lists 1001 seeds; at most 1000", "run", seeds, "--quiet");
        var wide = Write("wide.json", """{ "name": "w", "dataset": { "source": "moons", "samples": 40 }, "models": [ { "type": "mlp", "hidden": [1] }, { "type": "mlp", "name": "m2", "hidden": [1, 2, 3] } ] }""");
        await RefusedAsync($"qml run: {wide}: $.models[1].hidden lists 3 layers; the perceptron takes one or two hidden layers", "run", wide, "--quiet");
        var kernel = Write("kernel.json", """{ "name": "k", "dataset": { "source": "moons", "samples": 40000 }, "seeds": [1], "models": [ { "type": "svm" } ] }""");
        await RefusedAsync($"qml run: {kernel}: $.models[0] ('svm'): a svm keeps an n × n kernel matrix of its training split, here 28000 samples; at most 10000", "run", kernel, "--quiet");
        // 14 qubits of state dumps made the simulator's JavaScript engine abort the whole process (exit 134): the QDK
        // engine is held to 12 in the modes that dump states, the compiled engine (one state per core) to 20.
        var qubits = Write("qubits.json", """{ "name": "q", "dataset": { "source": "moons", "samples": 8 }, "models": [ { "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "qubits": 14, "engine": "qdk" } ] }""");
        await RefusedAsync($"qml run: {qubits}: $.models[0].qubits is 14; in the exact mode on the QDK engine every circuit's state is dumped from the simulator, which holds that for at most 12 qubits", "run", qubits, "--quiet");
        var compiled = Write("compiled.json", """{ "name": "c", "dataset": { "source": "moons", "samples": 8 }, "models": [ { "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "qubits": 22 } ] }""");
        await RefusedAsync($"qml run: {compiled}: $.models[0].qubits is 22; in the exact mode the compiled engine holds one state per core and per sample of a batch, at most 20 qubits", "run", compiled, "--quiet");
        Assert.False(Directory.Exists(Path.Combine(_dir, "results")));
    }

    [Fact]
    public async Task DataFilesMustBeRegularFilesOfBoundedSize()
    {
        var zero = Write("zero.json", """{ "name": "z", "dataset": { "source": "csv", "path": "/dev/zero" }, "models": [ { "type": "knn" } ] }""");
        await RefusedAsync("qml run: /dev/zero: the data file is empty, or not a regular file (a device, pipe or /proc entry)", "run", zero, "--allow-outside-data", "--quiet");

        // A named pipe would block a reader forever.
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(_dir, "fifo.csv"))) mkfifo.WaitForExit();
        var fifo = Write("fifo.json", """{ "name": "f", "dataset": { "source": "csv", "path": "fifo.csv" }, "models": [ { "type": "knn" } ] }""");
        await RefusedAsync($"qml run: {Path.Combine(_dir, "fifo.csv")}: the data file is empty, or not a regular file", "run", fifo, "--quiet");

        var big = Path.Combine(_dir, "big.csv");
        using (var stream = File.Create(big)) stream.SetLength(300L << 20); // sparse: no disk space used
        var huge = Write("huge.json", """{ "name": "b", "dataset": { "source": "csv", "path": "big.csv" }, "models": [ { "type": "knn" } ] }""");
        await RefusedAsync($"qml run: {big}: the data file is 300 MiB; at most 256 MiB is read", "run", huge, "--quiet");
        await RefusedAsync($"qml predict: {big}: the data file is 300 MiB; at most 256 MiB is read", "predict", Path.Combine(fixture.Folder, "models", "knn-seed1.json"), big);
    }

    // Item 13: data paths, and no file content in messages.
    [Fact]
    public async Task ADataPathOutsideTheSpecsFolderIsRefusedAndFileContentIsNeverEchoed()
    {
        var spec = Write("environ.json", """{ "name": "e", "dataset": { "source": "csv", "path": "/proc/self/environ" }, "models": [ { "type": "knn" } ] }""");
        var message = await RefusedAsync($"qml run: {spec}: $.dataset.path: /proc/self/environ is outside the spec's folder {_dir}", "run", spec, "--quiet");
        Assert.Contains("--allow-outside-data", message, StringComparison.Ordinal);
        var allowed = await RefusedAsync("qml run: /proc/self/environ: the data file is empty, or not a regular file", "run", spec, "--allow-outside-data", "--quiet");

        // A regular file in the wrong format: the message locates the problem without quoting the file.
        Write("secret.csv", "API_TOKEN=hunter2,PASSWORD=swordfish\n");
        var csv = Write("secret.json", """{ "name": "s", "dataset": { "source": "csv", "path": "secret.csv" }, "models": [ { "type": "knn" } ] }""");
        var wrong = await RefusedAsync($"qml run: secret.csv:1: the header must end with a 'label' column", "run", csv, "--quiet");
        foreach (var text in new[] { message, allowed, wrong })
        {
            Assert.DoesNotContain("PATH=", text, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
            Assert.DoesNotContain("swordfish", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TwoModelNamesThatCleanToOneFileNameAreRefused()
    {
        var spec = Write("names.json", """{ "name": "n", "dataset": { "source": "moons", "samples": 40 }, "models": [ { "name": "a/b", "type": "knn" }, { "name": "a_b", "type": "svm" } ] }""");
        await RefusedAsync($"qml run: {spec}: $.models[1].name: the jobs 'a/b' and 'a_b' would both be saved as runs/a_b.seedN.json", "run", spec, "--quiet");
    }

    // Item 13: --out, checked before any work.
    [Fact]
    public async Task AnOutputFolderThatIsAFileOrReadOnlyIsRefusedBeforeAnyWork()
    {
        var file = Write("taken", "keep me\n");
        await RefusedAsync($"qml run: --out {file} is a file, not a folder", "run", fixture.Spec, "--out", file);
        await RefusedAsync($"qml run: --out {Path.Combine(file, "x")}: {file} is a file", "run", fixture.Spec, "--out", Path.Combine(file, "x"));
        await RefusedAsync($"qml merge: --out {file} is a file, not a folder", "merge", fixture.Folder, "--out", file);
        // /sys refuses new entries even to root (permission bits do not).
        await RefusedAsync("qml run: --out /sys/qml-out: cannot write in /sys", "run", fixture.Spec, "--out", "/sys/qml-out");
        await RefusedAsync("qml merge: --out /sys/qml-out: cannot write in /sys", "merge", fixture.Folder, "--out", "/sys/qml-out");
        var copy = CopyOfRun("shard");
        await RefusedAsync($"qml merge: --out {copy} is {copy}, one of the folders being merged", "merge", copy, "--out", copy);
    }

    [Fact]
    public async Task PredictRefusesAnOutputThatWouldOverwriteItsInputOrCannotBeWritten()
    {
        var folder = CopyOfRun("run");
        var model = Path.Combine(folder, "models", "knn-seed1.json");
        var data = Path.Combine(folder, "data", "test-seed1.csv");
        await RefusedAsync($"qml predict: --out {data} is the input file {data}; writing there would overwrite it", "predict", model, data, "--out", data);
        await RefusedAsync($"qml predict: --out {model} is the input file {model}", "predict", model, data, "--out", model);
        File.CreateSymbolicLink(Path.Combine(_dir, "alias.csv"), data);
        await RefusedAsync($"qml predict: --out {Path.Combine(_dir, "alias.csv")} is the input file {data}", "predict", model, data, "--out", Path.Combine(_dir, "alias.csv"));
        await RefusedAsync($"qml predict: --out {folder} is a folder", "predict", model, data, "--out", folder);
        await RefusedAsync("qml predict: --out /sys/p.csv: cannot write in /sys", "predict", model, data, "--out", "/sys/p.csv");
        await RefusedAsync($"qml predict: --out {Path.Combine(_dir, "no", "p.csv")}: the folder {Path.Combine(_dir, "no")} does not exist", "predict", model, data, "--out", Path.Combine(_dir, "no", "p.csv"));
    }
}
