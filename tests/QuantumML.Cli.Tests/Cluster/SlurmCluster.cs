using System.Globalization;
using System.Text.RegularExpressions;
using QuantumML.Cli.Cluster;

namespace QuantumML.Cli.Tests.Cluster;

/// <summary>The live Slurm cluster the cluster tests submit to (started by <c>.ci/slurm-up</c>): whether it answers, and
/// jobs' states as <c>scontrol</c> reports them (a cluster without accounting has no <c>sacct</c>).</summary>
internal static partial class SlurmCluster
{
    /// <summary>Set by <c>.ci/run</c>: there, a cluster that does not answer fails the test instead of skipping it.</summary>
    public const string RequireVariable = "QML_REQUIRE_SLURM";

    private static readonly TimeSpan s_toolTimeout = TimeSpan.FromSeconds(20);
    private static readonly HashSet<string> s_finalStates =
        ["COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "PREEMPTED", "BOOT_FAIL", "DEADLINE", "OUT_OF_MEMORY"];
    private static readonly Lazy<string?> s_whyNot = new(WhyNotUp);

    /// <summary>Skips the calling test, with the reason, when no cluster answers; under <c>.ci/run</c> fails it instead.</summary>
    public static void SkipUnlessUp()
    {
        if (s_whyNot.Value is not { } why) return;
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            Assert.Fail($"{RequireVariable}=1 but there is no live Slurm cluster: {why}");
        Skip.If(true, $"no live Slurm cluster: {why}; start one with 'sudo bash .ci/slurm-up'");
    }

    /// <summary>The job ids <c>qml slurm --submit</c> printed.</summary>
    public static (long Array, long Merge) SubmittedJobs(string output)
    {
        var array = ArrayLine().Match(output);
        var merge = MergeLine().Match(output);
        Assert.True(array.Success && merge.Success, $"no job ids in: {output}");
        return (long.Parse(array.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(merge.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>Waits until every record of <paramref name="jobId"/> (an array's tasks, or one job) has a final state;
    /// returns the states as <see cref="States"/> does.</summary>
    public static IReadOnlyDictionary<string, string> WaitForEnd(long jobId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var states = States(jobId);
            if (states.Count > 0 && states.Values.All(s_finalStates.Contains)) return states;
            if (DateTime.UtcNow > deadline)
            {
                var queue = Tool("squeue", "-a").Out;
                Assert.Fail($"job {jobId} did not end within {timeout.TotalSeconds:0} s: {string.Join(", ", states.Select(s => $"{s.Key}={s.Value}"))}\n{queue}");
            }
            Thread.Sleep(1000);
        }
    }

    /// <summary>Cancels one job or one array task (<c>ID_T</c>).</summary>
    public static void Cancel(string job) => Assert.Equal(0, Tool("scancel", job).ExitCode);

    /// <summary>The current state of every record of a job, by array task id ("" for a job that is not an array; a range
    /// such as "1-2" for array tasks still pending together).</summary>
    public static IReadOnlyDictionary<string, string> States(long jobId)
    {
        var states = new Dictionary<string, string>();
        foreach (var line in Tool("scontrol", "show", "job", "-o", jobId.ToString(CultureInfo.InvariantCulture)).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            states[TaskField().Match(line).Groups[1].Value] = StateField().Match(line).Groups[1].Value;
        return states;
    }

    private static string? WhyNotUp()
    {
        if (ExternalCommand.FindOnPath("sinfo") is null) return "sinfo is not on PATH (Slurm's client tools are not installed)";
        ExternalCommand.Outcome sinfo;
        try
        {
            sinfo = Tool("sinfo", "-h", "-o", "%t");
        }
        catch (ClusterException e)
        {
            return e.Message;
        }
        if (sinfo.ExitCode != 0) return $"sinfo failed: {sinfo.Err.Trim()}";
        var nodes = sinfo.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return nodes.Any(s => s is "idle" or "mix" or "alloc") ? null : $"no node is up (sinfo: {string.Join(", ", nodes)})";
    }

    private static ExternalCommand.Outcome Tool(string name, params string[] args) =>
        ExternalCommand.Run(ExternalCommand.FindOnPath(name) ?? name, args, s_toolTimeout);

    [GeneratedRegex(@"^array job (\d+):", RegexOptions.Multiline)]
    private static partial Regex ArrayLine();

    [GeneratedRegex(@"^merge job (\d+):", RegexOptions.Multiline)]
    private static partial Regex MergeLine();

    [GeneratedRegex(@"\bJobState=(\S+)")]
    private static partial Regex StateField();

    [GeneratedRegex(@"\bArrayTaskId=(\S+)")]
    private static partial Regex TaskField();
}
