using System.Security.Cryptography;

namespace QuantumML.Cli.Tests;

/// <summary>Every file and folder under a folder, with each file's size, modification time and content hash: two
/// snapshots are equal when nothing was created, removed or changed in between.</summary>
internal sealed record FolderSnapshot(IReadOnlyDictionary<string, string> Entries)
{
    public static FolderSnapshot Of(string folder)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, path);
            if (Directory.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                entries[relative] = "entry";
                continue;
            }
            var info = new FileInfo(path);
            // An empty file (or a FIFO a test set up, which reports size 0) is never opened: reading a FIFO would block.
            // A large file a test made to exceed a size cap is compared by size and time only.
            entries[relative] = info.Length == 0 || info.Length > 16 << 20
                ? $"{info.Length} {info.LastWriteTimeUtc.Ticks}"
                : $"{info.Length} {info.LastWriteTimeUtc.Ticks} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))}";
        }
        return new FolderSnapshot(entries);
    }

    /// <summary>Asserts that <paramref name="after"/> lists exactly the same entries, unchanged.</summary>
    public void AssertUnchanged(FolderSnapshot after)
    {
        Assert.Equal(Entries.Keys, after.Entries.Keys);
        foreach (var (path, state) in Entries) Assert.True(state == after.Entries[path], $"{path} changed");
    }
}
