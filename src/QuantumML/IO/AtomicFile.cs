namespace QuantumML.IO;

/// <summary>Writes a file whole or not at all: to a temporary file beside it, then moved over it, so that a crash
/// never leaves a half-written file (results, reports, checkpoints, model files, gradebooks).</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>.</summary>
    public static void WriteText(string path, string text) => Write(path, temp => File.WriteAllText(temp, text));

    /// <summary>Whether <paramref name="path"/> is one of the temporary files <see cref="Write"/> makes (left behind only
    /// when the process was killed mid-write), which readers of a folder must skip.</summary>
    public static bool IsTemporary(string path) =>
        Path.GetFileName(path) is var name && name.Split('.') is { Length: >= 4 } parts && parts[^2] == "tmp" && parts[^3].All(char.IsAsciiDigit) && parts[^3].Length > 0;

    /// <summary>Lets <paramref name="write"/> fill a temporary path, then moves it to <paramref name="path"/>.</summary>
    public static void Write(string path, Action<string> write)
    {
        var temp = $"{path}.{Environment.ProcessId}.tmp{Path.GetExtension(path)}";
        try
        {
            write(temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
