using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace QuantumML.Api.Tests;

/// <summary>Runs every notebook of notebooks/ headless with dotnet-repl (pinned in .config/dotnet-tools.json and restored
/// here, inside the test run), fails when a cell throws, and checks what the cells printed and displayed.</summary>
[Collection(SharedQSharpGroup.Name)]
public sealed class NotebooksTests
{
    private static readonly Lazy<Task> s_restore = new(async () =>
    {
        var restore = await Repository.RunAsync("dotnet", ["tool", "restore"], Repository.Root, TimeSpan.FromMinutes(3));
        Assert.True(restore.ExitCode == 0, $"dotnet tool restore failed:\n{restore.Out}\n{restore.Err}");
    });

    /// <summary>One line per notebook run, which .ci/run prints as the CI's notebook log.</summary>
    public static string SummaryFile => Path.Combine(AppContext.BaseDirectory, "notebook-summary.txt");

    [Theory]
    [InlineData("moons-vqc", "epoch 10: loss", 2)]
    [InlineData("kernel-vs-rbf", "qsvc  test accuracy", 2)]
    [InlineData("vqe-h2", "bond 0.735 Å: VQE -1.1373", 1)]
    [InlineData("maxcut", "brute-force          cut   21 (the optimum)", 1)]
    [InlineData("grade", "reference/Exercises.qs: 20 of 20 points", 0)]
    public async Task Notebook_RunsToTheEndAndShowsItsResults(string name, string printed, int images)
    {
        await s_restore.Value;
        var folder = Directory.CreateTempSubdirectory("qml-notebook-").FullName;
        try
        {
            var output = Path.Combine(folder, name + ".ipynb");
            var clock = Stopwatch.StartNew();
            var run = await Repository.RunAsync("dotnet",
                ["tool", "run", "dotnet-repl", "--allow-roll-forward", "--", "--run", $"{name}.ipynb", "--exit-after-run", "--output-path", output],
                Path.Combine(Repository.Root, "notebooks"), TimeSpan.FromMinutes(3));
            var cells = File.Exists(output) ? JsonNode.Parse(File.ReadAllText(output))!["cells"]!.AsArray() : [];
            var outputs = cells.SelectMany(c => c!["outputs"]?.AsArray() ?? []).ToList();
            var errors = outputs.Where(o => (string?)o!["output_type"] == "error").Select(o => (string?)o!["evalue"]).ToList();
            var shown = outputs.Count(o => o!["data"]?["text/html"]?.ToJsonString().Contains("data:image/png;base64,iVBOR", StringComparison.Ordinal) == true);
            File.AppendAllText(SummaryFile, string.Create(CultureInfo.InvariantCulture,
                $"notebook {name}.ipynb: {cells.Count} cells run headless by dotnet-repl in {clock.Elapsed.TotalSeconds:0.0} s, exit {run.ExitCode}, {errors.Count} cell error(s), {shown} inline PNG(s)\n"));
            Assert.True(run.ExitCode == 0 && errors.Count == 0, $"{name}.ipynb: exit {run.ExitCode}\n{string.Join("\n", errors)}\n{run.Out}\n{run.Err}");
            var text = string.Concat(outputs.Where(o => (string?)o!["output_type"] == "stream").SelectMany(o => o!["text"]!.AsArray().Select(t => (string?)t)));
            Assert.Contains(printed, text, StringComparison.Ordinal);
            Assert.Equal(images, shown);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
