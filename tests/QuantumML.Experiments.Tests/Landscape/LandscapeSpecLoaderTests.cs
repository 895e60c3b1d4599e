using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Landscape;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Landscape;

public sealed class LandscapeSpecLoaderTests
{
    private const string Valid = """
        {
          "name": "plateaus",
          "task": "landscape",
          "seeds": [1, 2],
          "ansatzes": [ { "ansatz": "hardware-efficient" }, { "name": "mine", "ansatz": "My.ApplyFooAnsatz", "parameter_count": "My.Count" } ],
          "gradients": { "qubits": [2, 4], "layers": [1, 3], "draws": 50 },
          "expressibility": { "qubits": [3], "layers": [2], "pairs": 100, "bins": 20 }
        }
        """;

    private static LandscapeSpec Parse(string text) => Assert.IsType<LandscapeSpec>(TaskSpecLoader.Parse(text, "plateaus.json"));

    private static string Refused(string text) => Assert.Throws<SpecException>(() => TaskSpecLoader.Parse(text, "plateaus.json")).Message;

    [Fact]
    public void ListsOneJobPerAnsatzLayerAndQubitCount()
    {
        var spec = Parse(Valid);
        Assert.Equal(
        [
            "grad:hardware-efficient@n2.L1", "grad:hardware-efficient@n4.L1", "grad:hardware-efficient@n2.L3", "grad:hardware-efficient@n4.L3",
            "grad:mine@n2.L1", "grad:mine@n4.L1", "grad:mine@n2.L3", "grad:mine@n4.L3",
            "expr:hardware-efficient@n3.L2", "expr:mine@n3.L2",
        ], spec.JobNames);
        Assert.Equal("Ansatzes.ApplyHardwareEfficientAnsatz", spec.Ansatzes[0].Family.Expression);
        Assert.True(spec.Ansatzes[0].Shipped);
        Assert.Equal("My.Count", spec.Ansatzes[1].Family.ParameterCountFunction);
        Assert.False(spec.Ansatzes[1].Shipped);
        Assert.Equal(50, spec.Gradients!.Draws);
        Assert.Equal((100, 20), (spec.Expressibility!.Pairs, spec.Expressibility.Bins));
        Assert.Equal("$.ansatzes[1].name", spec.Origin("grad:mine@n4.L3"));
    }

    [Fact]
    public void AnOperationWithoutACountFunctionGetsTheConventionalOne()
    {
        var spec = Parse("""{ "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "My.ApplyFooAnsatz" } ], "gradients": { "qubits": [2], "layers": [1] } }""");
        Assert.Equal("My.FooParameterCount", spec.Ansatzes[0].Family.ParameterCountFunction);
        Assert.Equal(200, spec.Gradients!.Draws);
        Assert.Equal([1], spec.Seeds);
    }

    [Theory]
    [InlineData("\"qubits\": [2, 17]", "$.gradients.qubits[1] is 17; it must be in [2, 16]")]
    [InlineData("\"qubits\": [1]", "$.gradients.qubits[0] is 1; it must be in [2, 16]")]
    [InlineData("\"qubits\": [4, 4]", "$.gradients.qubits[1] is 4, listed twice")]
    [InlineData("\"qubits\": []", "$.gradients.qubits must list at least one value")]
    [InlineData("\"qubits\": [2], \"layers\": [0]", "$.gradients.layers[0] is 0; it must be in [1, 100]")]
    [InlineData("\"qubits\": [2], \"draws\": 1", "$.gradients.draws is 1; it must be in [2, 100000]")]
    [InlineData("\"qubits\": [2], \"draws\": 100001", "$.gradients.draws is 100001; it must be in [2, 100000]")]
    [InlineData("\"qubits\": [2], \"cost\": \"global\"", "$.gradients.cost is not a known field here")]
    [InlineData("\"qubits\": \"2..8\"", "$.gradients.qubits must be an array of integers")]
    public void RefusesAGradientScanOutsideItsLimitsWithItsPath(string fields, string message)
    {
        var text = $$"""{ "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "hardware-efficient" } ], "gradients": { {{fields}}{{(fields.Contains("layers", StringComparison.Ordinal) ? "" : ", \"layers\": [1]")}} } }""";
        Assert.Contains($"plateaus.json: {message}", Refused(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[ { "ansatz": "hardware-efficent" } ]""", "$.ansatzes[0].ansatz is 'hardware-efficent'; allowed: hardware-efficient, strongly-entangling, hva-tfim, hva-xxz")]
    [InlineData("""[ { "ansatz": "My.Op(1, _, _)" } ]""", "$.ansatzes[0].ansatz is 'My.Op(1, _, _)'")]
    [InlineData("""[ { "ansatz": "hardware-efficient", "parameter_count": "My.Count" } ]""", "$.ansatzes[0].parameter_count applies to an ansatz named by its Q# operation")]
    [InlineData("""[ { "ansatz": "My.ApplyFooAnsatz", "parameter_count": "Count; Evil()" } ]""", "$.ansatzes[0].parameter_count 'Count; Evil()' must be a Q# function's full name")]
    [InlineData("""[ { "ansatz": "hardware-efficient" }, { "ansatz": "hardware-efficient" } ]""", "$.ansatzes[1].name 'hardware-efficient' is also the name of $.ansatzes[0]")]
    [InlineData("""[ { "ansatz": "hardware-efficient", "name": "a b" } ]""", "$.ansatzes[0].name 'a b' must be 1 to 40 letters")]
    [InlineData("""[ { "ansatz": "hardware-efficient", "layers": 2 } ]""", "$.ansatzes[0].layers is not a known field here")]
    [InlineData("""[]""", "$.ansatzes must list at least one ansatz")]
    public void RefusesAnAnsatzItCannotScanWithItsPath(string ansatzes, string message)
    {
        var text = $$"""{ "name": "p", "task": "landscape", "ansatzes": {{ansatzes}}, "gradients": { "qubits": [2], "layers": [1] } }""";
        Assert.Contains($"plateaus.json: {message}", Refused(text), StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesASpecThatScansNothingOrHasUnknownFields()
    {
        Assert.Contains("needs \"gradients\", \"expressibility\" or \"trajectory\"", Refused("""{ "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "hardware-efficient" } ] }"""), StringComparison.Ordinal);
        Assert.Contains("$.models is not a known field here", Refused("""{ "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "hardware-efficient" } ], "gradients": { "qubits": [2], "layers": [1] }, "models": [] }"""), StringComparison.Ordinal);
        Assert.Contains("$.expressibility.bins is 0; it must be in [1, 1000]", Refused("""{ "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "hardware-efficient" } ], "expressibility": { "qubits": [2], "layers": [1], "bins": 0 } }"""), StringComparison.Ordinal);
    }

    [Fact]
    public void ATrajectorySectionAddsOneJobPerAnsatzWithItsDefaultsAndLimits()
    {
        var spec = Parse("""{ "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "hardware-efficient" }, { "ansatz": "hva-tfim" } ], "trajectory": {} }""");
        Assert.Equal(["path:hardware-efficient@n4.L2", "path:hva-tfim@n4.L2"], spec.JobNames);
        Assert.Equal(new TrajectorySpec(4, 2, QuantumML.Landscape.CostKind.Local, 100, 0.1, 25), spec.Trajectory);
        Assert.Contains("$.trajectory.resolution is 102; it must be in [2, 101]", Refused("""{ "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "hardware-efficient" } ], "trajectory": { "resolution": 102 } }"""), StringComparison.Ordinal);
        Assert.Contains("$.trajectory.cost is 'both'; allowed: global, local", Refused("""{ "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "hardware-efficient" } ], "trajectory": { "cost": "both" } }"""), StringComparison.Ordinal);
        Assert.Contains("$.trajectory.learning_rate is 0; it must be in [1E-06, 10]", Refused("""{ "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "hardware-efficient" } ], "trajectory": { "learning_rate": 0 } }"""), StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedBarrenPlateauSpecScansGlobalAndLocalCostsFromTwoToTwelveQubits()
    {
        var spec = Assert.IsType<LandscapeSpec>(TaskSpecLoader.Load(Path.Combine(Specs.SpecLoaderTests.FindExperiments(), "barren-plateaus.json")));
        Assert.Equal([2, 4, 6, 8, 10, 12], spec.Gradients!.Qubits);
        Assert.Contains(spec.Ansatzes, a => a.Name == "hardware-efficient");
        Assert.NotNull(spec.Expressibility);
    }
}
