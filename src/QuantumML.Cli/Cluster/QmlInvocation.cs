namespace QuantumML.Cli.Cluster;

/// <summary>How a batch script starts this same <c>qml</c> build: the dotnet host and <c>qml.dll</c>, both by absolute
/// path, so that compute nodes sharing the file system run exactly the build that wrote the script.</summary>
/// <param name="Dotnet">The dotnet host.</param>
/// <param name="Assembly">qml.dll.</param>
internal sealed record QmlInvocation(string Dotnet, string Assembly)
{
    /// <summary>The build this process runs from.</summary>
    public static QmlInvocation Current()
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "qml.dll");
        if (!File.Exists(assembly))
            throw new ClusterException($"qml.dll is not in {AppContext.BaseDirectory}; run qml from its build folder (dotnet build src/QuantumML.Cli).");
        return new QmlInvocation(DotnetHost(), assembly);
    }

    /// <summary>The command line prefix, quoted for bash: <c>/usr/bin/dotnet /abs/qml.dll</c>.</summary>
    public string CommandLine => $"{Shell.Quote(Dotnet)} {Shell.Quote(Assembly)}";

    private static string DotnetHost()
    {
        // Under `dotnet qml.dll` (or a test host) the running host is the one the jobs should use; the qml apphost
        // is not a dotnet host, so then take the one on PATH.
        if (Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet") return path;
        return ExternalCommand.FindOnPath("dotnet") ?? "dotnet";
    }
}
