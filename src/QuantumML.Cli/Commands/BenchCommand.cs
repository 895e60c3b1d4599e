using System.CommandLine;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml bench</c>: the group of benchmarks; each subcommand measures one part of the system.</summary>
internal sealed class BenchCommand : Command
{
    public BenchCommand() : base("bench", "Measure speed: throughputs and ratios, printed as a table or JSON.")
    {
        Subcommands.Add(new BenchRuntimeCommand());
        Subcommands.Add(new BenchGsetCommand());
        Subcommands.Add(new BenchKatasCommand());
    }
}
