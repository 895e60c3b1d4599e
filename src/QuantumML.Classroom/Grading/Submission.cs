namespace QuantumML.Classroom.Grading;

/// <summary>One student's submission: a folder of .qs files, or one .qs file.</summary>
/// <param name="Student">The student's name: the folder's name, or the file's without <c>.qs</c>.</param>
/// <param name="Files">The Q# files, with the paths messages show (relative to the submissions folder) and their text.</param>
public sealed record Submission(string Student, IReadOnlyList<(string DisplayPath, string Text)> Files)
{
    /// <summary>Where messages point when there is nothing more precise: the first file, or the student's folder.</summary>
    public string Origin => Files.Count > 0 ? Files.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).First().DisplayPath : Student + "/";

    /// <summary>Reads every submission in <paramref name="folder"/>: each sub-folder (its .qs files, recursively) and each .qs
    /// file is one student; hidden entries are skipped. Only reads: grading never writes here.</summary>
    public static IReadOnlyList<Submission> ReadAll(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: no such submissions folder");
        var submissions = new List<Submission>();
        foreach (var dir in Directory.EnumerateDirectories(folder).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            var files = Directory.EnumerateFiles(dir, "*.qs", SearchOption.AllDirectories)
                .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)))
                .ToList();
            submissions.Add(new Submission(Path.GetFileName(dir), files));
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.qs").Where(f => !Path.GetFileName(f).StartsWith('.')))
            submissions.Add(new Submission(Path.GetFileNameWithoutExtension(file), [(Path.GetFileName(file), File.ReadAllText(file))]));
        var twice = submissions.GroupBy(s => s.Student, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new InvalidDataException($"{folder}: '{twice.Key}' is both a folder and a .qs file; give each student one");
        return submissions.OrderBy(s => s.Student, StringComparer.Ordinal).ToList();
    }
}
