using System.Diagnostics;

namespace QuantumML.Cli.Cluster;

/// <summary>Runs a scheduler's command-line tool (<c>sbatch</c>, <c>squeue</c>, …) and captures what it printed.</summary>
internal static class ExternalCommand
{
    /// <summary>What a finished tool printed.</summary>
    public sealed record Outcome(int ExitCode, string Out, string Err);

    /// <summary>The full path of <paramref name="name"/> on <paramref name="searchPath"/> (default: this process's PATH); null if absent.</summary>
    public static string? FindOnPath(string name, string? searchPath = null)
    {
        foreach (var dir in (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/> (no shell); a tool still running after
    /// <paramref name="timeout"/> is killed and reported as a <see cref="ClusterException"/>.</summary>
    public static Outcome Run(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new ClusterException($"could not start {file}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new ClusterException($"{Path.GetFileName(file)} {string.Join(' ', info.ArgumentList)} did not answer within {timeout.TotalSeconds:0} s");
        }
        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
