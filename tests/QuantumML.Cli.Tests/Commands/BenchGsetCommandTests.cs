using System.Text.Json;

namespace QuantumML.Cli.Tests.Commands;

public sealed class BenchGsetCommandTests
{
    [Fact]
    public async Task PrintsTheOptimizationTableOneRowPerInstanceAndSolver()
    {
        var outcome = await CliRunner.RunAsync("bench", "gset", "--instances", "G14", "--seconds", "0.3", "--solvers", "sa,greedy", "--threads", "1");

        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        // The table of an optimization run: one row per (solver, instance) job, with the best-known cut as the reference.
        var rows = outcome.Out.Split('\n').Where(l => l.Contains("@G14", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("sa@G14", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("greedy@G14", rows[1], StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Contains("3064", r, StringComparison.Ordinal));
        Assert.Contains("gset-bench: 2 job(s) x 1 seed(s)", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonIsTheResultOfTheSameRunAsASpecWouldGive()
    {
        var outcome = await CliRunner.RunAsync("bench", "gset", "--instances", "G15", "--seconds", "0.2", "--solvers", "tabu", "--json");

        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        using var json = JsonDocument.Parse(outcome.Out);
        Assert.Equal("optimization", json.RootElement.GetProperty("spec").GetProperty("task").GetString());
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("tabu@G15", run.GetProperty("model").GetString());
        var metrics = run.GetProperty("metrics");
        var cut = metrics.GetProperty("value").GetDouble();
        Assert.InRange(cut, 2000, 3050);
        Assert.Equal(3050, metrics.GetProperty("reference").GetDouble());
        Assert.Equal(100 * (3050 - cut) / 3050, metrics.GetProperty("gap_percent").GetDouble(), 9);
    }

    [Theory]
    [InlineData("--seconds", "0", "--seconds must be in (0, 86400]")]
    [InlineData("--threads", "0", "--threads must be at least 1")]
    [InlineData("--solvers", "sa,nope", "--solvers: unknown solver 'nope'; known: sa, pt")]
    [InlineData("--instances", "G99", "--instances: no file")]
    [InlineData("--data", "/no/such/folder", "--instances: no file /no/such/folder")]
    public async Task BadOptionsExitWithTwoAndOneMessage(string option, string value, string message)
    {
        var outcome = await CliRunner.RunAsync("bench", "gset", option, value);

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("qml bench gset: " + message, outcome.Err, StringComparison.Ordinal);
    }
}
