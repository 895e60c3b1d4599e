namespace QuantumML.Cli.Cluster;

/// <summary>Words for the bash scripts that <c>qml slurm</c> and <c>qml k8s</c> write.</summary>
internal static class Shell
{
    /// <summary>A bash word that reads back as exactly <paramref name="text"/>: as it is when it has only safe characters,
    /// else single-quoted.</summary>
    public static string Quote(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || "/._-+=:,@".Contains(c, StringComparison.Ordinal))
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
