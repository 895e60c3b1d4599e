using QuantumML.Experiments.Specs;

namespace QuantumML.Cli;

/// <summary>Checks an output path before any work starts, so that a run, merge or prediction is not lost at its end
/// because <c>--out</c> names a file, a folder it cannot write, or one of its own inputs.</summary>
internal static class OutputPaths
{
    /// <summary>Refuses <paramref name="folder"/> as the output folder named by <paramref name="option"/> unless it is, or
    /// can be created as, a folder this process can write in; creates nothing.</summary>
    public static void CheckFolder(string folder, string option)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full)) throw new UsageException($"{option} {folder} is a file, not a folder; give a folder (it is created if missing).");
        ProbeWritable(NearestExisting(full, folder, option), folder, option);
    }

    /// <summary>Refuses <paramref name="file"/> as the output file named by <paramref name="option"/> when it is a folder,
    /// one of <paramref name="inputs"/> (which it would overwrite), or in a folder that is missing or not writable.</summary>
    public static void CheckFile(string file, string option, params string[] inputs)
    {
        var full = Path.GetFullPath(file);
        if (Directory.Exists(full)) throw new UsageException($"{option} {file} is a folder; give a file name.");
        var target = DataPaths.Resolved(full);
        foreach (var input in inputs)
        {
            if (target == DataPaths.Resolved(Path.GetFullPath(input)))
                throw new UsageException($"{option} {file} is the input file {input}; writing there would overwrite it. Choose another file.");
        }
        var parent = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(parent))
            throw new UsageException($"{option} {file}: the folder {parent} does not exist{(File.Exists(parent) ? " (it is a file)" : "")}.");
        ProbeWritable(parent, file, option);
    }

    private static string NearestExisting(string full, string given, string option)
    {
        for (var dir = full; ; dir = Path.GetDirectoryName(dir)!)
        {
            if (Directory.Exists(dir)) return dir;
            if (File.Exists(dir)) throw new UsageException($"{option} {given}: {dir} is a file, so no folder can be made under it.");
            if (Path.GetDirectoryName(dir) is null) return dir;
        }
    }

    /// <summary>Makes and removes an empty folder in <paramref name="folder"/>: the one test of writability that holds for
    /// root, read-only mounts and kernel file systems alike (permission bits say nothing about the last two).</summary>
    private static void ProbeWritable(string folder, string given, string option)
    {
        var probe = Path.Combine(folder, $".qml-write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is UnauthorizedAccessException ? "permission denied or a read-only file system" : "the file system refused it";
            throw new UsageException($"{option} {given}: cannot write in {folder} ({reason}).");
        }
    }
}
