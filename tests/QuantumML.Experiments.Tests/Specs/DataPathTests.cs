using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Specs;

/// <summary>A spec's data files stay inside its folder tree unless the user says otherwise (issue 20, item 13).</summary>
public sealed class DataPathTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("qml-datapaths-").FullName;

    public DataPathTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "specs", "data"));
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
        File.WriteAllText(Path.Combine(_root, "specs", "data", "in.csv"), "a,label\n1,x\n2,y\n");
        File.WriteAllText(Path.Combine(_root, "elsewhere", "out.csv"), "SECRET=1,label\n1,x\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Spec(string path)
    {
        var file = Path.Combine(_root, "specs", "spec.json");
        File.WriteAllText(file, $$"""{ "name": "p", "dataset": { "source": "csv", "path": "{{path}}" }, "models": [ { "type": "knn" } ] }""");
        return file;
    }

    [Fact]
    public void AFileInTheSpecsFolderTreeIsRead()
    {
        var spec = Assert.IsType<ClassificationSpec>(TaskSpecLoader.Load(Spec("data/in.csv")));
        Assert.Equal(Path.Combine(_root, "specs", "data", "in.csv"), spec.Dataset.Path);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AFileOutsideIsRefusedNamingTheFieldAndTheFlag(bool absolute)
    {
        var spec = Spec(absolute ? Path.Combine(_root, "elsewhere", "out.csv") : "../elsewhere/out.csv");
        var e = Assert.Throws<SpecException>(() => TaskSpecLoader.Load(spec));
        Assert.StartsWith($"{spec}: $.dataset.path: ", e.Message, StringComparison.Ordinal);
        Assert.Contains($"is outside the spec's folder {Path.Combine(_root, "specs")}", e.Message, StringComparison.Ordinal);
        Assert.Contains(DataPaths.AllowFlag, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", e.Message, StringComparison.Ordinal);
        // The user's flag lifts the rule.
        Assert.IsType<ClassificationSpec>(TaskSpecLoader.Load(spec, allowOutsideData: true));
    }

    [Fact]
    public void ALinkInsideThatPointsOutsideIsOutside()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "specs", "data", "link.csv"), Path.Combine(_root, "elsewhere", "out.csv"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "specs", "data", "dir"), Path.Combine(_root, "elsewhere"));
        Assert.Throws<SpecException>(() => TaskSpecLoader.Load(Spec("data/link.csv")));
        Assert.Throws<SpecException>(() => TaskSpecLoader.Load(Spec("data/dir/out.csv")));
    }

    [Fact]
    public void ALinkInsideThatStaysInsideIsInside()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "specs", "data", "alias.csv"), Path.Combine(_root, "specs", "data", "in.csv"));
        Assert.IsType<ClassificationSpec>(TaskSpecLoader.Load(Spec("data/alias.csv")));
    }

    [Fact]
    public void EveryTasksDataFieldsAreChecked()
    {
        var outside = Path.Combine(_root, "elsewhere", "out.csv");
        var specs = new Dictionary<string, string>
        {
            ["$.hamiltonian.path"] = $$"""{ "name": "h", "task": "vqe", "hamiltonian": { "source": "h2", "path": "{{outside}}", "bond_lengths": [0.735] }, "models": [ { "ansatz": "ucc" } ] }""",
            ["$.problems[0].path"] = $$"""{ "name": "o", "task": "optimization", "problems": [ { "path": "{{outside}}" } ], "solvers": [ { "type": "tabu" } ] }""",
            ["$.graphs[0].edges"] = $$"""{ "name": "g", "task": "graph", "graphs": [ { "edges": "{{outside}}" } ], "methods": [ { "type": "spectral" } ] }""",
            ["$.graphs[0].labels"] = $$"""{ "name": "g", "task": "graph", "graphs": [ { "edges": "data/in.csv", "labels": "{{outside}}" } ], "methods": [ { "type": "spectral" } ] }""",
        };
        foreach (var (field, text) in specs)
        {
            var file = Path.Combine(_root, "specs", "spec.json");
            File.WriteAllText(file, text);
            var e = Assert.Throws<SpecException>(() => TaskSpecLoader.Load(file));
            Assert.StartsWith($"{file}: {field}: {outside} is outside the spec's folder", e.Message, StringComparison.Ordinal);
        }
    }
}
