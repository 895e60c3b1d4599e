namespace QuantumML.QSharp.Tests;

public sealed class QSharpProjectTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-project-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LoadsEverySourceUnderSrcInOrdinalOrder()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "src", "Sub"));
        File.WriteAllText(Path.Combine(_dir, "qsharp.json"), "{}");
        File.WriteAllText(Path.Combine(_dir, "src", "B.qs"), "function B() : Int { 2 }");
        File.WriteAllText(Path.Combine(_dir, "src", "Sub", "A.qs"), "function A() : Int { 1 }");
        File.WriteAllText(Path.Combine(_dir, "src", "notes.txt"), "not Q#");

        var project = QSharpProject.Load(_dir);

        Assert.Equal(["src/B.qs", "src/Sub/A.qs"], project.Sources.Select(s => s.Path));
        Assert.True(project.HasManifest);
    }

    [Fact]
    public void MissingManifestIsNamed()
    {
        var e = Assert.Throws<QSharpProjectException>(() => QSharpProject.Load(_dir));
        Assert.Contains("qsharp.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidManifestNamesTheLine()
    {
        File.WriteAllText(Path.Combine(_dir, "qsharp.json"), "{\n  \"author\": \"x\",\n  oops\n}");
        Directory.CreateDirectory(Path.Combine(_dir, "src"));
        var e = Assert.Throws<QSharpProjectException>(() => QSharpProject.Load(_dir));
        Assert.Contains("qsharp.json:3:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptySourceFolderIsAnError()
    {
        File.WriteAllText(Path.Combine(_dir, "qsharp.json"), "{}");
        Directory.CreateDirectory(Path.Combine(_dir, "src"));
        var e = Assert.Throws<QSharpProjectException>(() => QSharpProject.Load(_dir));
        Assert.Contains("no .qs files", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateInMemoryPathsAreRejected() =>
        Assert.Throws<ArgumentException>(() => QSharpProject.FromSources("p", new QSharpSource("a.qs", "x"), new QSharpSource("a.qs", "y")));
}
