using QuantumML.Classroom.Katas;
using QuantumML.QSharp;

namespace QuantumML.Classroom.Tests.Katas;

public sealed class KataCatalogTests
{
    private static KataCatalog Catalog => SharedRuntime.Catalog;

    [Fact]
    public void TheShippedKatasAreReadWithTheirExercises()
    {
        var kata = Assert.Single(Catalog.Katas, k => k.Id == "single_qubit_gates");
        Assert.Equal("Single-Qubit Gates", kata.Title);
        Assert.True(kata.Published);
        var y = Assert.Single(kata.Exercises, e => e.Id == "single_qubit_gates__y_gate");
        Assert.Equal("The Y Gate", y.Title);
        Assert.Equal(kata.Title, y.KataTitle);
        Assert.Contains("**Goal:**", y.Description, StringComparison.Ordinal);
        Assert.Contains("operation ApplyY(q : Qubit) : Unit is Adj + Ctl", y.Template, StringComparison.Ordinal);
        Assert.Contains("Y(q);", y.ReferenceSolution, StringComparison.Ordinal);
        Assert.Contains(y.Sources, s => s.Path == "single_qubit_gates__y_gate__Verification.qs" && s.Text.Contains("CheckSolution", StringComparison.Ordinal));
        Assert.Contains(Catalog.Katas, k => !k.Published);
    }

    [Fact]
    public void EveryExerciseHasAUniqueTypableIdATemplateAReferenceAndVerificationCode()
    {
        Assert.Equal(Catalog.Exercises.Count, Catalog.Exercises.Select(e => e.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(Catalog.Katas.Sum(k => k.Exercises.Count), Catalog.Exercises.Count);
        Assert.All(Catalog.Exercises, e =>
        {
            Assert.Matches("^[a-z0-9_]+__[a-z0-9_]+$", e.Id);
            Assert.StartsWith(e.KataId + "__", e.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(e.Title));
            Assert.False(string.IsNullOrWhiteSpace(e.Description));
            Assert.Contains("namespace Kata", e.Template, StringComparison.Ordinal);
            Assert.NotEmpty(e.ReferenceSolutions);
            Assert.Contains(e.Sources, s => s.Path.EndsWith("Verification.qs", StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public void AnIdShippedWithATrailingSpaceIsFoundWithout()
    {
        var exercise = Catalog.Find("multi_qubit_systems__bell_state_change_1");
        Assert.Equal("multi_qubit_systems__bell_state_change_1", exercise.Id);
        Assert.Same(exercise, Catalog.Find("Multi_Qubit_Systems__Bell_State_Change_1 "));
    }

    [Fact]
    public void AnUnknownIdSuggestsCloseOnes()
    {
        var part = Assert.Throws<KataNotFoundException>(() => Catalog.Find("y_gate"));
        Assert.Equal(["single_qubit_gates__y_gate"], part.Suggestions);
        Assert.Contains("did you mean single_qubit_gates__y_gate?", part.Message, StringComparison.Ordinal);

        var misspelled = Assert.Throws<KataNotFoundException>(() => Catalog.Find("singel_qubit_gates__y_gaet"));
        Assert.Equal("single_qubit_gates__y_gate", misspelled.Suggestions[0]);

        var kata = Catalog.Suggest("superdense_coding");
        Assert.Equal(Catalog.Katas.Single(k => k.Id == "superdense_coding").Exercises.Select(e => e.Id), kata);

        Assert.Empty(Assert.Throws<KataNotFoundException>(() => Catalog.Find("xyzzy")).Suggestions);
    }

    [Fact]
    public void AContentFileThatIsNotTheKnownShapeIsNamedInTheError()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("qml-katas-").FullName, "katas.js");
        try
        {
            File.WriteAllText(file, "export default { \"katas\": [ { \"id\": 1 ] };\n");
            var error = Assert.Throws<QSharpHostException>(() => KataCatalog.Load(file));
            Assert.StartsWith(file + ":", error.Message, StringComparison.Ordinal);

            var missing = Assert.Throws<QSharpHostException>(() => KataCatalog.Load(file + ".missing"));
            Assert.Contains("not found", missing.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
