using System.CommandLine;
using QuantumML.Cli.Commands;

namespace QuantumML.Cli;

/// <summary>The <c>qml</c> entry point.</summary>
public static class Program
{
    /// <summary>Parses the command line and runs the chosen command.</summary>
    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();

    /// <summary>The command tree, for the entry point and for tests.</summary>
    internal static RootCommand BuildRoot() => new("qml: quantum machine learning experiments in Q#, compared with classical baselines.")
    {
        new RunCommand(),
        new ReportCommand(),
        new CheckCommand(),
        new EvalCommand(),
        new BenchCommand(),
    };
}
