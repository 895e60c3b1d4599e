using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Optimization;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Specs;

public sealed class OptimizationSpecLoaderTests
{
    private const string Valid = """
        {
          "name": "cuts",
          "task": "optimization",
          "problems": [ { "generate": "regular", "nodes": [8, 10], "degree": 3, "seed": 4 } ],
          "seeds": [1, 2],
          "solvers": [
            { "type": "simulated-annealing", "seconds": 0.5, "threads": 1 },
            { "name": "q", "type": "qaoa", "layers": 3 }
          ]
        }
        """;

    [Fact]
    public void ExpandsGeneratedGraphsAndNamesJobsBySolverAndInstance()
    {
        var spec = Assert.IsType<OptimizationSpec>(TaskSpecLoader.Parse(Valid, "cuts.json"));
        Assert.Equal(["simulated-annealing@reg3-n8-s4", "q@reg3-n8-s4", "simulated-annealing@reg3-n10-s4", "q@reg3-n10-s4"], spec.JobNames);
        Assert.Equal(3, spec.Solvers[1].Qaoa!.Layers);
        Assert.Equal(0.5, spec.Solvers[0].Seconds);
        Assert.True(spec.UsesQSharp);
    }

    [Theory]
    [InlineData("\"nodes\": [8, 10]", "\"nodes\": [7, 10]", "$.problems[0]: no 3-regular graph on 7 vertices")]
    [InlineData("\"type\": \"simulated-annealing\"", "\"type\": \"annealing\"", "$.solvers[0].type is 'annealing'; allowed: simulated-annealing")]
    [InlineData("\"layers\": 3", "\"layers\": 3, \"seconds\": 2", "qaoa runs its optimizer to convergence")]
    [InlineData("\"threads\": 1", "\"threads\": 1, \"temperature\": 2", "$.solvers[0].temperature is not a known field here")]
    [InlineData("\"seed\": 4 }", "\"seed\": 4, \"name\": \"g\" }", "$.problems[0].name names one graph; this entry makes 2")]
    public void AMistakeIsNamedByItsJsonPath(string from, string to, string expected)
    {
        var text = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);
        var e = Assert.Throws<SpecException>(() => TaskSpecLoader.Parse(text, "cuts.json"));
        Assert.StartsWith("cuts.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingInstanceFileIsNamed()
    {
        var e = Assert.Throws<SpecException>(() => TaskSpecLoader.Parse("""
            { "name": "g", "task": "optimization", "problems": [ { "path": "nowhere/G99.txt" } ], "solvers": [ { "type": "tabu" } ] }
            """, "/tmp/g.json"));
        Assert.Contains("$.problems[0].path: no such file /tmp/nowhere/G99.txt", e.Message, StringComparison.Ordinal);
    }
}
