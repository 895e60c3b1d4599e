using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Specs;

public sealed class SpecLoaderTests
{
    private const string Valid = """
        {
          "name": "tiny",
          "dataset": { "source": "moons", "samples": 40, "noise": 0.1 },
          "seeds": [4, 5],
          "models": [ { "name": "lr", "type": "logistic-regression" }, { "type": "knn", "k": 3 } ]
        }
        """;

    [Fact]
    public void ReadsAValidSpecWithDefaults()
    {
        var spec = ClassificationSpecLoader.Parse(Valid, "tiny.json");
        Assert.Equal("tiny", spec.Name);
        Assert.Equal(40, spec.Dataset.Samples);
        Assert.Equal(0.3, spec.TestFraction);
        Assert.True(spec.Preprocessing.Standardize);
        Assert.Equal([4, 5], spec.Seeds);
        Assert.Equal(["lr", "knn"], spec.Models.Select(m => m.Name));
    }

    [Fact]
    public void APropertyGivenTwiceIsRefusedWithItsLineAndColumn()
    {
        var text = Valid.Replace("{ \"type\": \"knn\", \"k\": 3 }", "{ \"type\": \"knn\", \"k\": 3, \"k\": 5 }", StringComparison.Ordinal);
        var e = Assert.Throws<SpecException>(() => ClassificationSpecLoader.Parse(text, "twice.json"));
        Assert.Equal("twice.json:5:89: \"k\" is given twice in the same object; keep one", e.Message);
        // The same name in different objects is fine.
        Assert.Equal("knn", ClassificationSpecLoader.Parse(Valid, "tiny.json").Models[1].Name);
    }

    [Fact]
    public void AnEscapedHalfSurrogateIsRefusedWithItsPath()
    {
        // Found by the spec-reader fuzz: the parser accepts "\uDECE" and only reading the string threw.
        var text = Valid.Replace("{ \"type\": \"knn\", \"k\": 3 }", "{ \"type\": \"knn\", \"k\": 3, \"note\": \"a\\uDECEb\" }", StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);
        var e = Assert.Throws<SpecException>(() => ClassificationSpecLoader.Parse(text, "half.json"));
        Assert.Equal("half.json: $.models[1].note is not valid Unicode (an escape of an unpaired UTF-16 surrogate)", e.Message);
        // A whole pair spelled as escapes is a character like any other.
        var pair = Valid.Replace("\"name\": \"tiny\",", "\"name\": \"tiny\", \"description\": \"smile \\uD83D\\uDE00\",", StringComparison.Ordinal);
        Assert.NotEqual(Valid, pair);
        Assert.Equal("smile \U0001F600", ClassificationSpecLoader.Parse(pair, "pair.json").Description);
    }

    [Fact]
    public void ASyntaxErrorNamesTheLine()
    {
        var e = Assert.Throws<SpecException>(() => ClassificationSpecLoader.Parse("{\n  \"name\": \"x\",\n  \"seeds\": [1,,2]\n}", "bad.json"));
        Assert.StartsWith("bad.json:3:", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"type\": \"logistic-regression\"", "\"type\": \"forest\"", "$.models[0].type is 'forest'; allowed: vqc, qsvc, logistic-regression, svm, mlp, knn")]
    [InlineData("\"source\": \"moons\"", "\"source\": \"moon\"", "$.dataset.source is 'moon'; allowed: moons, circles")]
    [InlineData("\"samples\": 40", "\"samples\": \"many\"", "$.dataset.samples must be an integer")]
    [InlineData("\"samples\": 40", "\"samples\": 2", "$.dataset.samples is 2; it must be in [4,")]
    [InlineData("\"seeds\": [4, 5]", "\"seeds\": []", "$.seeds must list at least one seed")]
    [InlineData("\"name\": \"tiny\"", "\"name\": \"a b\"", "$.name 'a b' must be letters")]
    [InlineData("\"noise\": 0.1", "\"noise\": 0.1, \"nosie\": 1", "$.dataset.nosie is not a known field here")]
    [InlineData("\"noise\": 0.1", "\"noise\": 0.1, \"factor\": 0.3", "$.dataset.factor is not a known field here; known: noise, samples, source")]
    [InlineData("\"name\": \"lr\", ", "\"name\": \"knn\", ", "$.models[1].name 'knn' is used twice")]
    public void SemanticErrorsNameTheJsonPathAndTheAllowedValues(string from, string to, string expected)
    {
        var e = Assert.Throws<SpecException>(() => ClassificationSpecLoader.Parse(Valid.Replace(from, to, StringComparison.Ordinal), "tiny.json"));
        Assert.StartsWith("tiny.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvPathsResolveAgainstTheSpecFolderAndMustExist()
    {
        var e = Assert.Throws<SpecException>(() => ClassificationSpecLoader.Parse(
            Valid.Replace("\"source\": \"moons\", \"samples\": 40, \"noise\": 0.1", "\"source\": \"csv\", \"path\": \"data/missing.csv\"", StringComparison.Ordinal),
            "/tmp/specs/x.json"));
        Assert.Contains("/tmp/specs/data/missing.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryShippedSpecLoads()
    {
        var folder = FindExperiments();
        var specs = Directory.GetFiles(folder, "*.json");
        Assert.Contains(specs, s => s.EndsWith("moons-vqc.json", StringComparison.Ordinal));
        foreach (var path in specs)
        {
            var spec = TaskSpecLoader.Load(path);
            Assert.Equal(Path.GetFileNameWithoutExtension(path), spec.Name);
        }
    }

    internal static string FindExperiments()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "experiments");
            if (File.Exists(Path.Combine(candidate, "moons-vqc.json"))) return candidate;
        }
        throw new DirectoryNotFoundException("experiments/ not found");
    }
}
