namespace QuantumML.Cli.Tests;

/// <summary>A throw-away Q# project folder.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject(params (string Path, string Text)[] sources)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("qml-cli-").FullName;
        File.WriteAllText(System.IO.Path.Combine(Directory, "qsharp.json"), "{}");
        foreach (var (path, text) in sources)
        {
            var full = System.IO.Path.Combine(Directory, path);
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
