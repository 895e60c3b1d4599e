using System.Globalization;
using System.Text;

namespace QuantumML.IO;

/// <summary>Reads a whole input file (data, spec, model or results file) as text, refusing what is not a regular file of
/// bounded size: a device such as <c>/dev/zero</c> would otherwise be read until memory runs out, and a named pipe would
/// block the reader forever.</summary>
/// <remarks>.NET does not expose a file's type, but every non-regular file (device, pipe, socket, <c>/proc</c> and
/// <c>/sys</c> entry) reports a size of 0 on Linux, and an empty data file is an error anyway; so a file must report a
/// size between 1 byte and the cap before it is opened, and no more than the cap is read even if it grows meanwhile.
/// Messages name the file and never quote its content.</remarks>
public static class DataFile
{
    /// <summary>The default cap: 256 MiB.</summary>
    public const long DefaultMaxBytes = 256L << 20;

    /// <summary>The text of <paramref name="path"/> (UTF-8, a byte-order mark honoured), at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="what">What the file is, for messages (e.g. "data file").</param>
    /// <exception cref="DataFileException">The file is missing, a folder, not a regular file, empty, too large or unreadable.</exception>
    public static string ReadText(string path, long maxBytes = DefaultMaxBytes, string what = "file")
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        if (Directory.Exists(path)) throw new DataFileException(path, $"{path}: is a folder, not a {what}");
        var info = new FileInfo(path);
        if (!info.Exists) throw new DataFileException(path, $"{path}: no such {what}");
        long length;
        try
        {
            length = info.Length;
        }
        catch (IOException e)
        {
            throw new DataFileException(path, $"{path}: cannot read this {what} ({e.GetType().Name})", e);
        }
        if (length == 0)
            throw new DataFileException(path, $"{path}: the {what} is empty, or not a regular file (a device, pipe or /proc entry); give a regular file");
        if (length > maxBytes) throw new DataFileException(path, $"{path}: the {what} is {Size(length)}; at most {Size(maxBytes)} is read");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[checked((int)Math.Min(length + 1, maxBytes + 1))];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0) read += n;
            if (read > maxBytes) throw new DataFileException(path, $"{path}: the {what} grew past {Size(maxBytes)} while it was read");
            using var reader = new StreamReader(new MemoryStream(buffer, 0, read), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException and not DataFileException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, $"{path}: cannot read this {what} ({(e is UnauthorizedAccessException ? "permission denied" : e.GetType().Name)})", e);
        }
    }

    private static string Size(long bytes) => bytes >= 1 << 20
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 20):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
