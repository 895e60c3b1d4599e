using System.Text.Json;

namespace QuantumML.Cli.Tests.Commands;

public sealed class BenchGsetCommandTests
{
    [Fact]
    public async Task PrintsOneRowPerInstanceAndSolver()
    {
        var outcome = await CliRunner.RunAsync("bench", "gset", "--instances", "G14", "--seconds", "0.3", "--solvers", "sa,greedy", "--threads", "1");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        var rows = outcome.Out.Split('\n').Where(l => l.StartsWith("G14 ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Contains("flips/s/thread", rows[0], StringComparison.Ordinal);
        Assert.Contains("iter/s/thread", rows[1], StringComparison.Ordinal);
        Assert.Contains("G14: 800 vertices, 4694 edges, best-known cut 3064", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonHasTheCutsAndGaps()
    {
        var outcome = await CliRunner.RunAsync("bench", "gset", "--instances", "G15", "--seconds", "0.2", "--solvers", "tabu", "--json");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Out);
        var row = json.RootElement.GetProperty("rows")[0];
        Assert.Equal("G15", row.GetProperty("instance").GetString());
        var cut = row.GetProperty("cut").GetDouble();
        Assert.InRange(cut, 2000, 3050);
        Assert.Equal(100 * (3050 - cut) / 3050, row.GetProperty("gap_percent").GetDouble(), 9);
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
