using System.CommandLine;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml assignment</c>: create and check autograded assignments (see assignments/README.md).</summary>
internal sealed class AssignmentCommand : Command
{
    public AssignmentCommand() : base("assignment", "Create and validate autograded Q# assignments.")
    {
        Subcommands.Add(new AssignmentNewCommand());
        Subcommands.Add(new AssignmentValidateCommand());
    }
}
