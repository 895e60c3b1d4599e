using QuantumML.Settings;

namespace QuantumML.Experiments.Specs;

/// <summary>Keeps the data files a spec names inside the spec's own folder tree, so that a spec from someone else cannot
/// read (and, through an error message, show) any file the user can read, such as <c>/proc/self/environ</c> or a key.</summary>
/// <remarks>Symbolic links are followed before the check: a link inside the folder that points out of it is outside.</remarks>
public static class DataPaths
{
    /// <summary>The flag of <c>qml run</c> (and <c>qml slurm</c>, <c>qml k8s</c>) that lifts the check.</summary>
    public const string AllowFlag = "--allow-outside-data";

    /// <summary>Throws a <see cref="SpecException"/> naming the field of the first data file of <paramref name="spec"/>
    /// that lies outside the folder of <paramref name="specFile"/>.</summary>
    public static void CheckInside(ITaskSpec spec, string specFile)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(specFile);
        var folder = Resolved(Path.GetDirectoryName(Path.GetFullPath(specFile)) ?? Path.GetFullPath("."));
        foreach (var (field, path) in spec.DataFiles(specFile))
        {
            if (!IsInside(Resolved(path), folder))
            {
                throw new SpecException($"{field}: {path} is outside the spec's folder {folder}; data files must be in it or below it " +
                    $"(copy the file there, or pass {AllowFlag} if you trust this spec)");
            }
        }
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The absolute path with every symbolic link along it followed (as far as the path exists).</summary>
    public static string Resolved(string path) => Resolved(path, 0);

    private static string Resolved(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        // As the kernel does (ELOOP), give up on links that lead into themselves; such a path cannot be opened anyway.
        if (depth > 40) return full;
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget is not null ? File.ResolveLinkTarget(next, returnFinalTarget: true) : null;
            }
            catch (IOException)
            {
                // A dangling or looping link: keep the name; the file check that follows reports it.
            }
            catch (UnauthorizedAccessException)
            {
            }
            if (target is not null)
            {
                // The link's target may itself lie under links: resolve it, then go on with the rest of the path.
                next = Resolved(target.FullName, depth + 1);
            }
            current = next;
        }
        return current;
    }
}
