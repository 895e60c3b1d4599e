using QuantumML.Catalogues;

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
        var components = outcome.Out[outcome.Out.IndexOf("Q# encodings and ansatzes", StringComparison.Ordinal)..];
        Assert.Contains("Encodings.ApplyZZFeatureMap", components, StringComparison.Ordinal);
        Assert.Contains("Ansatzes.ApplyStronglyEntanglingAnsatz", components, StringComparison.Ordinal);
        // Drivers and parameter-count functions do not have the component signature.
        Assert.DoesNotContain("Drivers.DumpStates", components, StringComparison.Ordinal);
        Assert.DoesNotContain("ParameterCount", components, StringComparison.Ordinal);
        Assert.DoesNotContain("INVALID", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsEveryCatalogueEntryWithItsFieldsDefaultsAndRanges()
    {
        var outcome = await CliRunner.RunAsync("list");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        var lines = outcome.Out.Split('\n');
        foreach (var catalogue in CatalogueIndex.All)
        {
            Assert.Contains(lines, l => l.StartsWith(char.ToUpperInvariant(catalogue.Title[0]) + catalogue.Title[1..] + ", named by " + catalogue.NamedBy + ":", StringComparison.Ordinal));
            foreach (var entry in catalogue.Items)
            {
                Assert.Contains(lines, l => l.StartsWith($"  {entry.Name} ", StringComparison.Ordinal) && l.EndsWith(entry.Doc, StringComparison.Ordinal));
                foreach (var field in entry.Fields)
                    Assert.Contains(lines, l => l.TrimStart().StartsWith($"{field.Name} ", StringComparison.Ordinal) && l.Contains($"{field.Type}, default {field.Default}", StringComparison.Ordinal));
            }
        }
        // A few entries as a reader sees them: the names specs use, a field's default and range.
        Assert.Contains("Tasks (task):", outcome.Out, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("  optimization ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  rmsprop ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  simulated-annealing ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  depolarizing ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("learning_rate ", StringComparison.Ordinal) && l.Contains("number, default 0.05; 1e-9 to 100; tunable", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("k ", StringComparison.Ordinal) && l.Contains("integer, default 5; 1 to 10000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkdownIsTheReadmeOptionReference()
    {
        var outcome = await CliRunner.RunAsync("list", "--markdown");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal(CatalogueMarkdown.Of(CatalogueIndex.All), outcome.Out);
        Assert.Contains("| `rmsprop` | | | | | ", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReadmeOptionTablesAreTheCataloguesOwn()
    {
        // experiments/README.md holds the tables between two marker lines; when an entry or a field changes, regenerate
        // them: dotnet run --project src/QuantumML.Cli -- list --markdown, pasted between the markers.
        var readme = Path.Combine(RepoFolder(), "experiments", "README.md");
        var text = File.ReadAllText(readme).ReplaceLineEndings("\n");
        var expected = CatalogueMarkdown.Replace(text, CatalogueMarkdown.Of(CatalogueIndex.All));
        Assert.True(expected == text, $"{readme}: the option tables differ from the catalogues; regenerate them with 'qml list --markdown' (first differing line: {FirstDifference(text, expected)})");
    }

    private static string FirstDifference(string actual, string expected)
    {
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, e.Length); i++)
        {
            if (a[i] != e[i]) return $"line {i + 1}: README has '{a[i]}', the catalogues give '{e[i]}'";
        }
        return $"the README has {a.Length} lines, the catalogues give {e.Length}";
    }

    private static string RepoFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuantumML.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"no QuantumML.sln above {AppContext.BaseDirectory}");
    }
}
