using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Vqe;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Specs;

public sealed class VqeSpecLoaderTests
{
    private const string Valid = """
        {
          "name": "chain",
          "task": "vqe",
          "hamiltonian": { "source": "tfim", "qubits": 4, "h": 0.5, "periodic": true },
          "seeds": [3],
          "models": [
            { "name": "hva", "ansatz": "hva", "layers": [1, 2] },
            { "ansatz": "hardware-efficient", "execution": "sampled", "shots": 200, "optimizer": "adam" }
          ]
        }
        """;

    private static VqeSpec Parse(string text) => Assert.IsType<VqeSpec>(TaskSpecLoader.Parse(text, "chain.json"));

    [Fact]
    public void ExpandsASweepIntoOneJobPerValue()
    {
        var spec = Parse(Valid);
        Assert.Equal(["hva[layers=1]", "hva[layers=2]", "hardware-efficient"], spec.JobNames);
        // Exact mode on the compiled engine differentiates by the adjoint method; sampled energies by the shift rule.
        Assert.Equal("adjoint", spec.Models[0].Gradient);
        Assert.Equal("parameter-shift", spec.Models[2].Gradient);
        Assert.Equal(("layers", 2.0), spec.Models[1].Sweep);
        Assert.True(spec.Hamiltonian.Periodic);
        Assert.Equal(0.5, spec.Hamiltonian.Field);
    }

    [Fact]
    public void NamesEachH2BondLengthInTheJobs()
    {
        var dir = Directory.CreateTempSubdirectory("qml-vqe-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "h2.json"), "{}");
            var spec = Assert.IsType<VqeSpec>(TaskSpecLoader.Parse("""
                { "name": "h2", "task": "vqe", "hamiltonian": { "source": "h2", "path": "h2.json", "bond_lengths": [0.735, 1.5] },
                  "models": [ { "ansatz": "ucc" } ] }
                """, Path.Combine(dir, "spec.json")));
            Assert.Equal(["ucc@r=0.735", "ucc@r=1.5"], spec.JobNames);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("\"layers\": [1, 2] }", "\"layers\": [1, 2], \"shots\": [10, 20] }", "only one field may list values")]
    [InlineData("{ \"name\": \"hva\", \"ansatz\": \"hva\"", "{ \"name\": \"hva\", \"ansatz\": \"hva\", \"gradient\": \"parameter-shift\"", "$.models[0].gradient: the parameter-shift rule is not exact for hva")]
    [InlineData("\"optimizer\": \"adam\"", "\"optimizer\": \"adam\", \"gradient\": \"finite-difference\"", "$.models[1].gradient: finite differences drown in shot noise")]
    [InlineData("{ \"name\": \"hva\", \"ansatz\": \"hva\"", "{ \"name\": \"hva\", \"ansatz\": \"hva\", \"engine\": \"qdk\", \"gradient\": \"adjoint\"", "$.models[0].gradient: the adjoint method differentiates exact states on the compiled engine")]
    [InlineData("{ \"name\": \"hva\", \"ansatz\": \"hva\"", "{ \"name\": \"hva\", \"ansatz\": \"hva\", \"engine\": \"native\"", "$.models[0].engine is 'native'; allowed: compiled, qdk")]
    [InlineData("\"optimizer\": \"adam\"", "\"optimizer\": \"adam\", \"noise\": { \"pauli\": null }", "$.models[1].noise.pauli must be [px, py, pz]")]
    [InlineData("\"source\": \"tfim\"", "\"source\": \"ising\"", "$.hamiltonian.source is 'ising'; allowed: h2, tfim, xxz, pauli")]
    [InlineData("\"periodic\": true", "\"periodic\": true, \"delta\": 2", "$.hamiltonian.delta is not a known field here")]
    [InlineData("\"ansatz\": \"hva\"", "\"ansatz\": \"ucc\"", "$.models[0].ansatz 'ucc' is the H2 double excitation; this Hamiltonian is tfim")]
    [InlineData("\"shots\": 200", "\"shots\": 0", "$.models[1].shots is 0")]
    [InlineData("\"task\": \"vqe\"", "\"task\": \"vqe\", \"dataset\": {}", "$.dataset is not a known field here")]
    public void AMistakeIsNamedByItsJsonPath(string from, string to, string expected)
    {
        var text = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);
        var e = Assert.Throws<SpecException>(() => TaskSpecLoader.Parse(text, "chain.json"));
        Assert.StartsWith("chain.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void H2NeedsItsBondLengths()
    {
        var e = Assert.Throws<SpecException>(() => TaskSpecLoader.Parse("""
            { "name": "h2", "task": "vqe", "hamiltonian": { "source": "h2", "path": "x.json" }, "models": [ { "ansatz": "ucc" } ] }
            """, "h2.json", checkFiles: false));
        Assert.Contains("$.hamiltonian.bond_lengths is required", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownTaskIsRefusedWithTheChoices()
    {
        var e = Assert.Throws<SpecException>(() => TaskSpecLoader.Parse("""{ "name": "x", "task": "chemistry" }""", "x.json"));
        Assert.Contains("$.task is 'chemistry'; allowed: classification, vqe, optimization", e.Message, StringComparison.Ordinal);
    }
}
