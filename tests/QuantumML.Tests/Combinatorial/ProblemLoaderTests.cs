using QuantumML.Combinatorial.Formats;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Tests.Combinatorial;

public sealed class ProblemLoaderTests
{
    [Fact]
    public void ReadsGsetWithTrailingSpacesAndBlankLines()
    {
        var p = ProblemLoader.Parse("3 2 \n1 2 1  \n\n2 3 -1\n\n", "toy.txt");
        Assert.Equal(ProblemFormat.Gset, ProblemLoader.Detect("toy.txt", "3 2 \n1 2 1  \n"));
        Assert.Equal(("toy", ProblemKind.MaxCut), (p.Name, p.Kind));
        Assert.Equal([new WeightedEdge(0, 1, 1), new WeightedEdge(1, 2, -1)], p.Graph!.Edges);
        Assert.Equal(3, p.VariableCount);
    }

    [Theory]
    [InlineData("", "toy.txt:1: the file is empty")]
    [InlineData("3\n", "toy.txt:1: expected the header 'N M'")]
    [InlineData("3 x\n", "toy.txt:1: the edge count M is not an integer")]
    [InlineData("3 2\n1 2 1\n\n1 4 1\n", "toy.txt:4: vertex 4 is outside 1..3")]
    [InlineData("3 2\n1 2 1\n2 2 1\n", "toy.txt:3: edge 2-2 is a self-loop")]
    [InlineData("3 2\n1 2 1\n2 3 abc\n", "toy.txt:3: weight is not a finite number")]
    [InlineData("3 2\n1 2\n", "toy.txt:2: expected an edge 'i j w', found 2 fields")]
    [InlineData("3 1\n1 2 1\n2 3 1\n", "toy.txt:3: more edges than the 1 the header announces")]
    [InlineData("3 3\n1 2 1\n2 3 1\n\n", "toy.txt:4: the file ends after 2 edges; the header announces 3")]
    public void GsetErrorsNameTheLine(string text, string expectedStart)
    {
        var e = Assert.Throws<ProblemFormatException>(() => ProblemLoader.Parse(text, "toy.txt", ProblemFormat.Gset));
        Assert.StartsWith(expectedStart, e.Message, StringComparison.Ordinal);
        Assert.Equal("toy.txt", e.File);
        Assert.Equal(int.Parse(expectedStart.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture), e.Line);
    }

    [Fact]
    public void ReadsEdgeListsWithCommentsAndOptionalWeights()
    {
        var text = "# a square\n0 1\n1 2 2.5 # heavy\n\n2 3\n3 0 -1\n";
        Assert.Equal(ProblemFormat.EdgeList, ProblemLoader.Detect("square.txt", text));
        var graph = ProblemLoader.Parse(text, "square.txt").Graph!;
        Assert.Equal(4, graph.VertexCount);
        Assert.Equal([1, 2.5, 1, -1], graph.Edges.Select(e => e.Weight));
        Assert.Equal(3.5, graph.Cut([1, -1, 1, 1]));
    }

    [Theory]
    [InlineData("0 1\n1\n", "g.edges:2: expected an edge 'i j' or 'i j w', found 1 fields")]
    [InlineData("0 1\n-1 2\n", "g.edges:2: vertex -1 is outside")]
    [InlineData("0 1\n1 2 nan\n", "g.edges:2: weight is not a finite number")]
    [InlineData("# only comments\n\n", "g.edges:2: the file has no edges")]
    [InlineData("0 0\n", "g.edges:1: edge 0-0 is a self-loop")]
    public void EdgeListErrorsNameTheLine(string text, string expectedStart)
    {
        var e = Assert.Throws<ProblemFormatException>(() => ProblemLoader.Parse(text, "g.edges"));
        Assert.StartsWith(expectedStart, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsIsingTermsWithRepeatedIdsAndConstants()
    {
        const string text = """
            {"type": "ising", "terms": [
              {"c": 2, "ids": [0, 1]},
              {"c": -1, "ids": [2]},
              {"c": 0.5, "ids": []},
              {"c": 3, "ids": [1, 1]},
              {"c": 1, "ids": [1, 0]}
            ]}
            """;
        var p = ProblemLoader.Parse(text, "t.json");
        Assert.Equal(ProblemKind.Ising, p.Kind);
        // E = 3 s0 s1 - s2 + 0.5 + 3 (s1² = 1).
        foreach (var s in RandomInstances.AllAssignments(3))
            Assert.Equal(3.0 * s[0] * s[1] - s[2] + 3.5, p.Ising.Energy(s), 12);
    }

    [Fact]
    public void ReadsPuboTermsInsideACostFunction()
    {
        const string text = """{"cost_function": {"version": "1.0", "type": "pubo", "terms": [{"c": -2, "ids": [0, 1]}, {"c": 1, "ids": [1, 1]}, {"c": 4, "ids": [2]}]}}""";
        var p = ProblemLoader.Parse(text, "q.txt");
        Assert.Equal(ProblemKind.Qubo, p.Kind);
        foreach (var s in RandomInstances.AllAssignments(3))
        {
            var x = Spins.ToBits(s).Select(b => b ? 1.0 : 0.0).ToArray();
            Assert.Equal(-2 * x[0] * x[1] + x[1] + 4 * x[2], p.Value(s), 12);
            Assert.Equal(p.Qubo!.Value(Spins.ToBits(s)), p.Ising.Energy(s), 12);
        }
    }

    [Theory]
    [InlineData("{\"type\": \"ising\",\n \"terms\": [\n {\"c\": 1, \"ids\": [0, 1]},\n {\"c\": 1, \"ids\": [0, 1, 2]}]}", "t.json:4: a term of degree 3 (ids [0, 1, 2]): only terms of degree 0, 1 and 2 are supported")]
    [InlineData("{\"type\": \"qubo\", \"terms\": []}", "t.json:1: \"type\" must be \"ising\" or \"pubo\"")]
    [InlineData("{\"type\": \"ising\",\n\"terms\": [{\"c\": 1, \"ids\": [0]}],\n\"extra\": 1}", "t.json:3: unknown field \"extra\"")]
    [InlineData("{\"type\": \"ising\", \"terms\": [\n{\"c\": 1}]}", "t.json:2: a term needs both \"c\" and \"ids\"")]
    [InlineData("{\"type\": \"ising\", \"terms\": [\n{\"c\": 1, \"ids\": [-1]}]}", "t.json:2: \"ids\" must hold non-negative integers")]
    [InlineData("{\"type\": \"ising\", \"terms\": [\n{\"c\": \"x\", \"ids\": [1]}]}", "t.json:2: \"c\" must be a finite number")]
    [InlineData("{\"type\": \"ising\",\n\"terms\": [\n{\"c\": 1,, \"ids\": [1]}]}", "t.json:3: invalid JSON")]
    [InlineData("{\"terms\": [{\"c\": 1, \"ids\": [1]}]}", "t.json:1: missing field \"type\"")]
    [InlineData("{\"type\": \"ising\", \"terms\": [{\"c\": 1, \"ids\": []}]}", "t.json:1: the terms name no variables")]
    [InlineData("[1, 2]", "t.json:1: expected a JSON object")]
    public void JsonErrorsNameTheLine(string text, string expectedStart)
    {
        var e = Assert.Throws<ProblemFormatException>(() => ProblemLoader.Parse(text, "t.json"));
        Assert.StartsWith(expectedStart, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("G14.txt", 800, 4694)]
    [InlineData("G15.txt", 800, 4661)]
    [InlineData("G22.txt", 2000, 19990)]
    [InlineData("G55.txt", 5000, 12498)]
    public void LoadsTheRepositoryGsetFiles(string file, int vertices, int edges)
    {
        var p = ProblemLoader.Load(RepositoryData.PathOf(Path.Combine("gset", file)));
        Assert.Equal((vertices, edges), (p.Graph!.VertexCount, p.Graph.Edges.Count));
        Assert.Equal(edges, p.Graph.TotalWeight);
    }

    [Fact]
    public void MissingFileIsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => ProblemLoader.Load("/no/such/file.txt"));
}
