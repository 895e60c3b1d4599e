namespace QuantumML.Classroom.Katas;

/// <summary>Writes an exercise's template for a student to fill in, never over their work unless told to.</summary>
public static class TemplateFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> through a temporary file in the same folder, so
    /// the file is never seen half-written.</summary>
    /// <exception cref="TemplateFileException">The file exists and <paramref name="force"/> is false, or its folder does not exist.</exception>
    public static void Write(string path, string text, bool force)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new TemplateFileException($"{path}: the folder {folder} does not exist.");
        if (Directory.Exists(full)) throw new TemplateFileException($"{path}: is a folder; give a file name such as {Path.Combine(path, "Solution.qs")}.");
        if (File.Exists(full) && !force) throw new TemplateFileException($"{path}: already exists; --force overwrites it.");
        var temp = $"{full}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, text);
        try
        {
            File.Move(temp, full, overwrite: force);
        }
        catch (IOException) when (!force && File.Exists(full))
        {
            // Created by someone else since the check above: theirs stays.
            throw new TemplateFileException($"{path}: already exists; --force overwrites it.");
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
