using QuantumML.Cli.Tests.Packaging;

namespace QuantumML.Cli.Tests.Docs;

/// <summary>The committed API reference (docs/api/) is what the generator makes from the current sources.</summary>
public sealed class ApiReferenceTests
{
    /// <summary>Set to 1 to write the regenerated reference into docs/api/ instead of comparing with it.</summary>
    private const string WriteVariable = "QML_API_DOCS_WRITE";

    [Fact]
    public async Task TheCommittedApiReferenceIsCurrent()
    {
        var repository = InstalledTool.FindRepository();
        var committed = Path.Combine(repository, ApiReference.Folder);
        using var generated = new TempFolder("qml-api-");
        await ApiReference.GenerateAsync(repository, generated.Path);

        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            // Replace the folder as a whole, so a type that is gone loses its page.
            if (Directory.Exists(committed)) Directory.Delete(committed, recursive: true);
            Directory.CreateDirectory(committed);
            foreach (var file in Directory.GetFiles(generated.Path))
                File.Copy(file, Path.Combine(committed, Path.GetFileName(file)));
        }

        var expected = Directory.GetFiles(generated.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var actual = Directory.Exists(committed) ? Directory.GetFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList() : [];
        var hint = $"; regenerate it with {WriteVariable}=1 dotnet test tests/QuantumML.Cli.Tests --filter ApiReference";
        Assert.True(expected.SequenceEqual(actual),
            $"{ApiReference.Folder} is stale: pages missing: {string.Join(", ", expected.Except(actual))}; pages of nothing: {string.Join(", ", actual.Except(expected))}{hint}");
        foreach (var name in expected)
        {
            Assert.True(File.ReadAllText(Path.Combine(generated.Path, name!)) == File.ReadAllText(Path.Combine(committed, name!)),
                $"{ApiReference.Folder}/{name} is stale{hint}");
        }
    }

    [Fact]
    public void ACrossReferenceBecomesALinkToItsPageAndAnchor()
    {
        var pages = new Dictionary<string, string>
        {
            ["N.T"] = "# <a id=\"N_T\"></a> Class T\n### <a id=\"N_T_M_System_Int32_\"></a> M\\(int\\)\n",
        };
        var text = "See <xref href=\"N.T\" data-throw-if-not-resolved=\"false\"></xref>, "
            + "<xref href=\"N.T.M(System.Int32)\" data-throw-if-not-resolved=\"false\"></xref>, "
            + "<xref href=\"N.T.%23ctor\" data-throw-if-not-resolved=\"false\"></xref> and "
            + "<xref href=\"System.Collections.Generic.List%601\" data-throw-if-not-resolved=\"false\"></xref>.";

        Assert.Equal("See [T](N.T.md), [M](N.T.md#N_T_M_System_Int32_), [T](N.T.md) and `List`.", ApiReference.ResolveCrossReferences(text, pages));
    }
}
