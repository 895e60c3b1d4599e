using System.Reflection;

namespace QuantumML.Cli.Tests.Packaging;

/// <summary>The <c>qml</c> .NET tool as a user gets it: the CLI packed (from this test run's build) into a temporary
/// package folder, then installed from there with <c>dotnet tool install --tool-path</c> into a temporary folder.</summary>
public sealed class InstalledTool : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("qml-tool-").FullName;

    /// <summary>The checkout holding QuantumML.sln.</summary>
    public string Repository { get; } = FindRepository();

    /// <summary>The folder <c>dotnet pack</c> wrote the package to.</summary>
    public string PackageFolder => Path.Combine(_root, "packages");

    /// <summary>The installed <c>qml</c> executable.</summary>
    public string Qml => Path.Combine(_root, "tool", "qml");

    /// <summary>The package version: the informational version of the qml assembly built for this run, without "+COMMIT".</summary>
    public static string PackageVersion => BuiltVersion.Split('+')[0];

    /// <summary>What the in-process build of qml calls its version (version, then "+COMMIT" when built in a git checkout).</summary>
    public static string BuiltVersion => typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    public async Task InitializeAsync()
    {
        // The configuration this test assembly was built in (bin/CONFIG/net10.0/): its build of the CLI is the one packed.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var pack = await ChildProcess.RunAsync(ChildProcess.Dotnet,
            ["pack", Path.Combine(Repository, "src", "QuantumML.Cli"), "-c", configuration, "--no-build", "-o", PackageFolder],
            Repository);
        if (pack.ExitCode != 0) throw new InvalidOperationException($"dotnet pack failed:\n{pack}");

        // A private NuGet package cache: an earlier package of the same version in ~/.nuget/packages must not be installed instead.
        var install = await ChildProcess.RunAsync(ChildProcess.Dotnet,
            ["tool", "install", "--tool-path", Path.Combine(_root, "tool"), "--add-source", PackageFolder,
             "--ignore-failed-sources", "--version", PackageVersion, "QuantumML.Cli"],
            _root, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "nuget-cache") });
        if (install.ExitCode != 0) throw new InvalidOperationException($"dotnet tool install failed:\n{install}");
    }

    /// <summary>Runs the installed <c>qml</c> with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public Task<ChildProcess.Outcome> RunAsync(string workingDirectory, params string[] args) => ChildProcess.RunAsync(Qml, args, workingDirectory);

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    internal static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuantumML.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"no QuantumML.sln above {AppContext.BaseDirectory}");
    }
}
