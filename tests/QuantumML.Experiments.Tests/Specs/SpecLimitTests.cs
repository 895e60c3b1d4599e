using QuantumML.Experiments.Specs;
using QuantumML.Graphs;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Specs;

/// <summary>Specs that crashed or ran out of memory (issue 20, items 7, 12 and 13): each is refused by the spec check
/// with a message naming the file and the field.</summary>
public sealed class SpecLimitTests
{
    private const string Classification = """{ "name": "c", "dataset": { "source": "moons", "samples": 40 }, "seeds": [1, 2], "models": [ { "type": "knn" } ] }""";
    private const string Vqe = """{ "name": "v", "task": "vqe", "hamiltonian": { "source": "tfim", "qubits": 2 }, "seeds": [1, 2], "models": [ { "ansatz": "hardware-efficient" } ] }""";
    private const string Optimization = """{ "name": "o", "task": "optimization", "problems": [ { "generate": "regular", "nodes": 8, "degree": 3 } ], "seeds": [1, 2], "solvers": [ { "type": "tabu" } ] }""";
    private const string Graph = """{ "name": "g", "task": "graph", "graphs": [ { "generate": "sbm", "sizes": [10, 10], "p_in": 0.5, "p_out": 0.1 } ], "seeds": [1, 2], "methods": [ { "type": "spectral" } ] }""";

    private static SpecException Refused(string text) => Assert.Throws<SpecException>(() => TaskSpecLoader.Parse(text, "spec.json"));

    public static TheoryData<string> EveryTask => [Classification, Vqe, Optimization, Graph];

    [Theory]
    [MemberData(nameof(EveryTask))]
    public void TheValidSpecOfEachTaskReads(string text) => Assert.Equal([1, 2], TaskSpecLoader.Parse(text, "spec.json").Seeds);

    [Theory]
    [MemberData(nameof(EveryTask))]
    public void ASeedGivenTwiceIsRefusedNamingTheSecond(string text)
    {
        var e = Refused(text.Replace("\"seeds\": [1, 2]", "\"seeds\": [1, 2, 1]", StringComparison.Ordinal));
        Assert.Equal("spec.json: $.seeds[2] is 1, already given as $.seeds[0]; list each seed once", e.Message);
    }

    [Theory]
    [MemberData(nameof(EveryTask))]
    public void MoreSeedsThanTheLimitAreRefused(string text)
    {
        var seeds = string.Join(", ", Enumerable.Range(0, SpecLimits.MaxSeeds + 1));
        var e = Refused(text.Replace("\"seeds\": [1, 2]", $"\"seeds\": [{seeds}]", StringComparison.Ordinal));
        Assert.Equal($"spec.json: $.seeds lists {SpecLimits.MaxSeeds + 1} seeds; at most {SpecLimits.MaxSeeds}", e.Message);
    }

    [Fact]
    public void AnyListLongerThanASpecNeedsIsRefusedBeforeItIsConverted()
    {
        var seeds = string.Join(",", Enumerable.Range(0, SpecLimits.MaxListLength + 1));
        var e = Refused(Classification.Replace("\"seeds\": [1, 2]", $"\"seeds\": [{seeds}]", StringComparison.Ordinal));
        Assert.Equal($"spec.json: $.seeds lists {SpecLimits.MaxListLength + 1} values; at most {SpecLimits.MaxListLength}", e.Message);
    }

    [Theory]
    [InlineData("\"samples\": 40", "\"samples\": 1000000", "$.dataset.samples: 1000000 samples × 2 features × 100 seeds is 200,000,000 values held at once; at most 50,000,000")]
    [InlineData("\"source\": \"moons\", \"samples\": 40", "\"source\": \"blobs\", \"samples\": 1000000, \"features\": 1000", "$.dataset.samples: 1000000 samples × 1000 features × 100 seeds")]
    public void AGeneratedDatasetTooLargeForMemoryIsRefused(string from, string to, string expected)
    {
        var text = Classification.Replace(from, to, StringComparison.Ordinal)
            .Replace("\"seeds\": [1, 2]", $"\"seeds\": [{string.Join(", ", Enumerable.Range(1, 100))}]", StringComparison.Ordinal);
        Assert.Contains(expected, Refused(text).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyRunsAreRefused()
    {
        // 200 knn models × 1000 seeds: each run is a file.
        var models = string.Join(", ", Enumerable.Range(0, 200).Select(i => $$"""{ "name": "k{{i}}", "type": "knn" }"""));
        var text = $$"""{ "name": "c", "dataset": { "source": "moons", "samples": 40 }, "seeds": [{{string.Join(", ", Enumerable.Range(0, 1000))}}], "models": [{{models}}] }""";
        Assert.Equal("spec.json: 200 jobs × 1000 seeds is 200,000 runs; at most 100,000 (fewer seeds, models or sweep points)", Refused(text).Message);
    }

    [Fact]
    public void TwoModelNamesThatMakeTheSameFileNameAreRefused()
    {
        var text = """{ "name": "c", "dataset": { "source": "moons", "samples": 40 }, "models": [ { "name": "a/b", "type": "knn" }, { "name": "a_b", "type": "svm" } ] }""";
        Assert.Equal(
            "spec.json: $.models[1].name: the jobs 'a/b' and 'a_b' would both be saved as runs/a_b.seedN.json (characters other than letters, digits, '-', '_' and '.' become '_'); rename one",
            Refused(text).Message);
    }

    [Fact]
    public void AModelNameTooLongForAFileNameIsRefused()
    {
        var name = new string('m', 300);
        var e = Refused(Classification.Replace("{ \"type\": \"knn\" }", $"{{ \"name\": \"{name}\", \"type\": \"knn\" }}", StringComparison.Ordinal));
        Assert.Contains("$.models[0].name makes the job name 'mmmm", e.Message, StringComparison.Ordinal);
        Assert.Contains("300 characters long; at most 100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASpecNameTooLongForAFolderIsRefused() =>
        Assert.Contains("$.name is 101 characters long; at most 100", Refused(Classification.Replace("\"name\": \"c\"", $"\"name\": \"{new string('c', 101)}\"", StringComparison.Ordinal)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("\"qubits\": 2", "\"qubits\": 21", "$.hamiltonian.qubits is 21; it must be in [2, 20]")]
    public void AVqeChainTooLongToDiagonalizeIsRefused(string from, string to, string expected) =>
        Assert.Contains(expected, Refused(Vqe.Replace(from, to, StringComparison.Ordinal)).Message, StringComparison.Ordinal);

    [Fact]
    public void APauliHamiltonianOnMoreQubitsThanCanBeDiagonalizedIsRefused()
    {
        var text = Vqe.Replace("\"source\": \"tfim\", \"qubits\": 2", "\"source\": \"pauli\", \"terms\": \"Z0 Z40\"", StringComparison.Ordinal);
        Assert.Equal("spec.json: $.hamiltonian.terms acts on 41 qubits; the exact ground energy is computed for at most 20", Refused(text).Message);
    }

    [Fact]
    public void AMalformedPauliHamiltonianIsNamedBeforeAnythingRuns()
    {
        var text = Vqe.Replace("\"source\": \"tfim\", \"qubits\": 2", "\"source\": \"pauli\", \"terms\": \"Z0 Q1\"", StringComparison.Ordinal);
        Assert.StartsWith("spec.json: $.hamiltonian.terms: ", Refused(text).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"nodes\": 8, \"degree\": 3", "\"nodes\": 100000, \"degree\": 1000", "$.problems[0]: 'reg1000-n100000-s1' has about 50,000,000 edges; at most 10,000,000 per instance")]
    [InlineData("\"generate\": \"regular\", \"nodes\": 8, \"degree\": 3", "\"generate\": \"erdos-renyi\", \"nodes\": 100000, \"p\": 0.5", "has about 2,499,975,000 edges; at most 10,000,000 per instance")]
    [InlineData("\"nodes\": 8, \"degree\": 3", "\"nodes\": [90000, 90002, 90004, 90006, 90008, 90010], \"degree\": 200", "$.problems: the generated instances have about 54,003,000 edges together; at most 50,000,000")]
    public void GeneratedOptimizationInstancesTooLargeForMemoryAreRefused(string from, string to, string expected) =>
        Assert.Contains(expected, Refused(Optimization.Replace(from, to, StringComparison.Ordinal)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("\"sizes\": [10, 10]", "\"sizes\": [5000, 5000]", "$.graphs[0].sizes adds up to 10000 nodes; at most 5000")]
    [InlineData("\"sizes\": [10, 10], \"p_in\": 0.5, \"p_out\": 0.1", "\"sizes\": [2500, 2500], \"p_in\": 1, \"p_out\": 1", "graph 'sbm-1-1' has about 12,497,500 edges; at most 10,000,000")]
    public void BlockModelsTooLargeForMemoryAreRefused(string from, string to, string expected) =>
        Assert.Contains(expected, Refused(Graph.Replace(from, to, StringComparison.Ordinal)).Message, StringComparison.Ordinal);

    [Fact]
    public void BlockModelsDrawnForTooManySeedsAreRefused()
    {
        var text = Graph.Replace("\"sizes\": [10, 10], \"p_in\": 0.5, \"p_out\": 0.1", "\"sizes\": [2000, 2000], \"p_in\": 0.5, \"p_out\": 0.5", StringComparison.Ordinal)
            .Replace("\"seeds\": [1, 2]", $"\"seeds\": [{string.Join(", ", Enumerable.Range(1, 20))}]", StringComparison.Ordinal);
        Assert.Contains("$.graphs: the block models draw about 79,980,000 edges over 20 seeds", Refused(text).Message, StringComparison.Ordinal);
    }
}
