namespace QuantumML.Cli.Tests.Commands;

public sealed class ListCommandTests
{
    [Fact]
    public async Task ListsSpecsDatasetsAndCircuitComponents()
    {
        var outcome = await CliRunner.RunAsync("list");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Contains("moons-vqc.json", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("data/iris.csv", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("Encodings.ApplyZZFeatureMap", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("Ansatzes.ApplyStronglyEntanglingAnsatz", outcome.Out, StringComparison.Ordinal);
        // Drivers and parameter-count functions do not have the component signature.
        Assert.DoesNotContain("Drivers.DumpStates", outcome.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ParameterCount", outcome.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("INVALID", outcome.Out, StringComparison.Ordinal);
    }
}
