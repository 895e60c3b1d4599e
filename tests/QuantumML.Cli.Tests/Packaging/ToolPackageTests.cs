using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace QuantumML.Cli.Tests.Packaging;

/// <summary>The packed and installed <c>qml</c> tool: its version, its Q# compiler, its own copy of the Q# library, its package.</summary>
public sealed partial class ToolPackageTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public async Task VersionIsTheRepositorysVersionWithTheCommitOfTheBuild()
    {
        var outcome = await tool.RunAsync(tool.Repository, "--version");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(InstalledTool.BuiltVersion, outcome.Out.Trim());
        var declared = XDocument.Load(Path.Combine(tool.Repository, "Directory.Build.props")).Descendants("Version").Single().Value;
        Assert.Matches($"^{Regex.Escape(declared)}(\\+[0-9a-f]{{40}})?$", outcome.Out.Trim());
    }

    [Fact]
    public async Task CheckOutsideACheckoutCompilesTheQSharpLibraryTheToolCarries()
    {
        using var empty = new TempFolder("qml-tool-cwd-");
        var installed = await tool.RunAsync(empty.Path, "check");
        var repository = await CliRunner.RunAsync("check", "--project", Path.Combine(tool.Repository, "quantum"));

        Assert.True(installed.ExitCode == 0, installed.ToString());
        var line = CheckLine().Match(installed.Out);
        Assert.True(line.Success, installed.Out);
        Assert.EndsWith(Path.Combine("tools", "net10.0", "any", "quantum"), line.Groups["folder"].Value, StringComparison.Ordinal);
        // The same files, callables and tests as the repository's quantum/ folder, compiled by the same qsharp-lang.
        Assert.Equal(CheckLine().Match(repository.Out).Groups["counts"].Value, line.Groups["counts"].Value);
    }

    [Fact]
    public async Task CheckNamesTheFileLineAndColumnOfAnErrorInTheUsersProject()
    {
        using var project = new TempProject(
            ("src/Good.qs", "function Good() : Int { 1 }\n"),
            ("src/Broken.qs", "function Broken() : Int {\n    let x = 1;\n    x + 1.5\n}\n"));

        var outcome = await tool.RunAsync(project.Directory, "check", "--project", project.Directory);

        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Matches(@"src/Broken\.qs:3:9: error Qdk\.Qsc\.TypeCk\.\w+: ", outcome.Err);
        Assert.DoesNotContain("   at ", outcome.Err, StringComparison.Ordinal);
        Assert.Empty(outcome.Out);
    }

    [Fact]
    public void ThePackageIsAVersionedLicensedToolWithItsReadmeAndTheQSharpCompiler()
    {
        var package = Path.Combine(tool.PackageFolder, $"QuantumML.Cli.{InstalledTool.PackageVersion}.nupkg");
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        XNamespace ns = "http://schemas.microsoft.com/packaging/2012/06/nuspec.xsd";
        using var nuspecStream = zip.GetEntry("QuantumML.Cli.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Element(ns + "metadata")!;
        Assert.Equal(InstalledTool.PackageVersion, metadata.Element(ns + "version")!.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.Equal("DotnetTool", metadata.Element(ns + "packageTypes")!.Element(ns + "packageType")!.Attribute("name")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);

        using (var readme = new StreamReader(zip.GetEntry("README.md")!.Open()))
            Assert.Equal(File.ReadAllText(Path.Combine(tool.Repository, "src", "QuantumML.Cli", "README.md")), readme.ReadToEnd());
        foreach (var file in new[] { "qsharp/qsc_wasm.js", "qsharp/qsc_wasm_bg.wasm", "qsharp/package.json", "quantum/qsharp.json", "quantum/src/Encodings.qs", "qml.dll" })
            Assert.Contains($"tools/net10.0/any/{file}", entries);
    }

    [GeneratedRegex(@"^OK (?<folder>.+): (?<counts>\d+ files, \d+ callables, \d+ tests \(qsharp-lang [^)]+\))$", RegexOptions.Multiline)]
    private static partial Regex CheckLine();
}
