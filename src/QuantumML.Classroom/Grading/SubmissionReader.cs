using System.Globalization;
using System.Text;

namespace QuantumML.Classroom.Grading;

/// <summary>The submissions in a folder, and the entries that are none, each with the reason.</summary>
/// <param name="Submissions">One per student, in name order.</param>
/// <param name="Ignored">The folder's entries that were not graded, such as <c>notes.txt: not a .qs file or a folder</c>.</param>
public sealed record SubmissionScan(IReadOnlyList<Submission> Submissions, IReadOnlyList<string> Ignored);

/// <summary>Reads a submissions folder: each sub-folder (its .qs files, recursively) and each .qs file is one student, hidden
/// ones included (<c>.hidden.qs</c> is the student <c>.hidden</c>); nothing is skipped without saying so.</summary>
/// <remarks>Only real folders and regular files are read: a symbolic link could reach the reference solution or a device, so it
/// is left out and named. A file of more than <see cref="MaxFileBytes"/>, files past <see cref="MaxSubmissionBytes"/> in all or
/// past <see cref="MaxFiles"/>, and folders deeper than <see cref="MaxDepth"/> are left out and named in the student's notes.
/// An empty file is read without opening it, so a pipe or a device that reports no size never blocks or floods the reader.</remarks>
public static class SubmissionReader
{
    /// <summary>The largest .qs file read.</summary>
    public const long MaxFileBytes = 1 << 20;

    /// <summary>The most bytes of .qs files read per student.</summary>
    public const long MaxSubmissionBytes = 4 << 20;

    /// <summary>The most .qs files read per student.</summary>
    public const int MaxFiles = 100;

    /// <summary>The deepest folder read inside a student's folder.</summary>
    public const int MaxDepth = 16;

    /// <summary>Reads <paramref name="folder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be listed.</exception>
    public static SubmissionScan Read(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: no such submissions folder");
        var found = new List<Submission>();
        var ignored = new List<string>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.LinkTarget is not null)
            {
                ignored.Add($"{entry.Name}: a symbolic link; a submission must be a real folder or file");
            }
            else if (entry is DirectoryInfo dir)
            {
                var student = new Student(folder);
                student.Walk(dir, 0);
                if (dir.Name.StartsWith('.') && student.Files.Count == 0 && student.Notes.Count == 0)
                    ignored.Add($"{dir.Name}/: a hidden folder without .qs files");
                else
                    found.Add(new Submission(dir.Name, student.Files) { Notes = student.Notes });
            }
            else if (entry.Name.EndsWith(".qs", StringComparison.Ordinal) && entry.Name.Length > 3)
            {
                var student = new Student(folder);
                student.Add((FileInfo)entry);
                var name = entry.Name[..^3];
                // A folder of the same name is another student: the file keeps its extension to tell them apart.
                if (Directory.Exists(Path.Combine(folder, name))) name = entry.Name;
                found.Add(new Submission(name, student.Files) { Notes = student.Notes });
            }
            else
            {
                ignored.Add($"{entry.Name}: not a .qs file or a folder");
            }
        }
        var ordered = found.OrderBy(s => s.Student, StringComparer.Ordinal).ToList();
        var ids = StudentIds.Assign(ordered.Select(s => s.Student).ToList());
        return new SubmissionScan(ordered.Select((s, i) => s with { Id = ids[i] }).ToList(), ignored);
    }

    /// <summary>One student's files as they are read.</summary>
    private sealed class Student(string root)
    {
        private long _bytes;

        public List<(string DisplayPath, string Text)> Files { get; } = [];

        public List<string> Notes { get; } = [];

        private string Display(FileSystemInfo entry) => Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');

        public void Walk(DirectoryInfo dir, int depth)
        {
            if (depth > MaxDepth)
            {
                Notes.Add($"{Display(dir)}/: left out, deeper than {MaxDepth} folders");
                return;
            }
            FileSystemInfo[] entries;
            try
            {
                entries = dir.GetFileSystemInfos();
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                Notes.Add($"{Display(dir)}/: left out, it could not be read ({e.Message})");
                return;
            }
            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.LinkTarget is not null)
                {
                    if (entry is DirectoryInfo || entry.Name.EndsWith(".qs", StringComparison.Ordinal))
                        Notes.Add($"{Display(entry)}: left out, a symbolic link (only real files are graded)");
                }
                else if (entry is DirectoryInfo sub)
                {
                    Walk(sub, depth + 1);
                }
                else if (entry.Name.EndsWith(".qs", StringComparison.Ordinal))
                {
                    Add((FileInfo)entry);
                }
            }
        }

        public void Add(FileInfo file)
        {
            var display = Display(file);
            if (Files.Count >= MaxFiles)
            {
                Notes.Add($"{display}: left out, past the {MaxFiles} .qs files a submission may have");
                return;
            }
            if (file.Length > MaxFileBytes || _bytes + file.Length > MaxSubmissionBytes)
            {
                Notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{display}: left out, {file.Length} bytes; a .qs file may have {MaxFileBytes} and a submission {MaxSubmissionBytes} in all"));
                return;
            }
            try
            {
                Files.Add((display, file.Length == 0 ? "" : ReadCapped(file.FullName)));
                _bytes += file.Length;
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                Notes.Add($"{display}: left out, it could not be read ({e.Message})");
            }
        }

        /// <summary>The file's text, at most <see cref="MaxFileBytes"/> of it (it may have grown since it was listed).</summary>
        private static string ReadCapped(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[MaxFileBytes];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(buffer, 0, length).TrimStart('\uFEFF');
        }
    }
}
