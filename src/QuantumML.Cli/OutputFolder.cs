using System.Security.Cryptography;

namespace QuantumML.Cli;

/// <summary>Checks, before any work starts, that a command will be able to write its output folder.</summary>
internal static class OutputFolder
{
    /// <summary>Refuses <paramref name="folder"/> when it is a file, lies under a file, or cannot be written: the folder itself
    /// when it exists, else its nearest existing parent (where it would be created). Nothing is left behind.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="option">The option that named it, for the message.</param>
    /// <exception cref="UsageException">It cannot be written, with the reason.</exception>
    public static void CheckWritable(string folder, string option)
    {
        string full;
        try
        {
            full = Path.GetFullPath(folder);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"{option} {folder}: not a usable path ({e.Message})");
        }
        var existing = full;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
                throw new UsageException(existing == full
                    ? $"{option} {folder} is a file; give a folder (it is created if needed)."
                    : $"{option} {folder}: {existing} is a file, so the folder cannot be created there.");
            existing = Path.GetDirectoryName(existing) ?? throw new UsageException($"{option} {folder}: no existing folder above it.");
        }
        var probe = Path.Combine(existing, $".qml-write-check-{Environment.ProcessId}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option} {folder}: cannot write in {existing} ({e.Message}).");
        }
        finally
        {
            if (File.Exists(probe)) File.Delete(probe);
        }
    }
}
