using System.CommandLine;
using QuantumML.Classroom.Assignments;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml assignment new NAME</c>: scaffolds an assignment folder that validates as it is.</summary>
internal sealed class AssignmentNewCommand : BaseCommand
{
    private static readonly Argument<string> s_name = new("name") { Description = "The new assignment's folder name." };
    private static readonly Option<string?> s_dir = new("--dir") { Description = "Create it in this folder; default: the current folder." };

    public AssignmentNewCommand() : base("new", "Create an assignment folder: assignment.json, template/ and reference/ with two example exercises.")
    {
        Arguments.Add(s_name);
        Options.Add(s_dir);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var parent = parseResult.GetValue(s_dir) ?? ".";
        if (!Directory.Exists(parent)) throw new UsageException($"--dir {parent}: no such folder.");
        string folder;
        try
        {
            folder = AssignmentScaffold.Create(parent, parseResult.GetValue(s_name)!);
        }
        catch (AssignmentException e)
        {
            throw new UsageException(e.Message);
        }
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        await terminal.Out.WriteLineAsync($"created {shown}/: {Assignment.FileName}, {Assignment.TemplateFolder}/Exercises.qs, {Assignment.ReferenceFolder}/Exercises.qs").ConfigureAwait(false);
        await terminal.Out.WriteLineAsync($"next: replace the example exercises, then run: qml assignment validate {shown}").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
