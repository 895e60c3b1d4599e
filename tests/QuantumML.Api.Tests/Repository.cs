using System.Diagnostics;

namespace QuantumML.Api.Tests;

/// <summary>The repository the tests run in, and child processes run to completion with their output.</summary>
internal static class Repository
{
    /// <summary>The folder holding QuantumML.sln, above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Quantum => Path.Combine(Root, "quantum");

    public sealed record Outcome(int ExitCode, string Out, string Err);

    /// <summary>Runs <paramref name="file"/> with <paramref name="args"/> in <paramref name="workingDirectory"/>, killed
    /// after <paramref name="timeout"/> (then the outcome says so).</summary>
    public static async Task<Outcome> RunAsync(string file, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new Outcome(-1, await stdout, $"timed out after {timeout}\n{await stderr}");
        }
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "QuantumML.sln"))) return dir.FullName;
        throw new InvalidOperationException("QuantumML.sln not found above the test binaries.");
    }
}
