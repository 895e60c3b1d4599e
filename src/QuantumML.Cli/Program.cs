using System.CommandLine;
using QuantumML.Cli.Commands;

namespace QuantumML.Cli;

/// <summary>The <c>qml</c> entry point.</summary>
public static class Program
{
    /// <summary>Parses the command line and runs the chosen command.</summary>
    /// <remarks>Setting ProcessTerminationTimeout explicitly is what makes Ctrl-C and SIGTERM cancel the command's token
    /// (seen with System.CommandLine 2.0.0: left unset, SIGTERM ended the process with 143 before any handler ran), so that
    /// `qml run` can say which runs it kept.</remarks>
    public static Task<int> Main(string[] args) => RunAsync(args, new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(10) });

    /// <summary>Runs a command line with the given output writers; command-line mistakes exit with
    /// <see cref="ExitCodes.InvalidInput"/> and one message each, not the whole help text.</summary>
    internal static async Task<int> RunAsync(string[] args, InvocationConfiguration configuration)
    {
        var root = BuildRoot();
        if (args.Length == 0)
        {
            await root.Parse("--help").InvokeAsync(configuration).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                await configuration.Error.WriteLineAsync($"qml: {error.Message}").ConfigureAwait(false);
            await configuration.Error.WriteLineAsync("Run 'qml --help' (or 'qml COMMAND --help') for usage.").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        return await parse.InvokeAsync(configuration).ConfigureAwait(false);
    }

    /// <summary>The command tree, for the entry point and for tests.</summary>
    internal static RootCommand BuildRoot() => new("qml: quantum machine learning experiments in Q#, compared with classical baselines.")
    {
        new RunCommand(),
        new PredictCommand(),
        new ReportCommand(),
        new MergeCommand(),
        new SlurmCommand(),
        new K8sCommand(),
        new ListCommand(),
        new CheckCommand(),
        new AssignmentCommand(),
        new GradeCommand(),
        new EvalCommand(),
        new CircuitCommand(),
        new EstimateCommand(),
        new BenchCommand(),
        new KatasCommand(),
    };
}
