using System.CommandLine;
using QuantumML.Classroom.Katas;
using QuantumML.QSharp;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml katas show ID</c>: an exercise's task, rendered for a terminal, and the template a student starts from.</summary>
internal sealed class KatasShowCommand : BaseCommand
{
    private static readonly Argument<string> s_id = KatasCommand.ExerciseId();
    private static readonly Option<string?> s_write = new("--write") { Description = "Write the template to this .qs file (refuses to overwrite without --force)." };
    private static readonly Option<bool> s_force = new("--force") { Description = "With --write: overwrite an existing file." };
    private static readonly Option<bool> s_hints = new("--hints") { Description = "Also show the exercise's hints." };
    private static readonly Option<bool> s_solution = new("--solution") { Description = "Also show the reference solution(s)." };
    private static readonly Option<int?> s_width = new("--width") { Description = "Wrap text at this many columns (default: the terminal's width, or 100)." };

    public KatasShowCommand() : base("show", "Show a kata exercise: its task and the template to start from.")
    {
        Arguments.Add(s_id);
        Options.Add(s_write);
        Options.Add(s_force);
        Options.Add(s_hints);
        Options.Add(s_solution);
        Options.Add(s_width);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, _) = terminal;
        var width = parseResult.GetValue(s_width) is { } w
            ? (w >= 20 ? w : throw new UsageException($"--width must be at least 20 (got {w})."))
            : Math.Min(CommonOptions.TerminalWidth(), 100);
        var write = parseResult.GetValue(s_write);
        if (parseResult.GetValue(s_force) && write is null) throw new UsageException("--force goes with --write FILE.qs.");
        if (write is { Length: 0 }) throw new UsageException("--write needs a file name, such as Solution.qs.");
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var exercise = KatasCommand.Find(KataCatalog.Load(runtime), parseResult.GetValue(s_id)!);
        if (write is not null)
        {
            try
            {
                TemplateFile.Write(write, exercise.Template, parseResult.GetValue(s_force));
            }
            catch (TemplateFileException e)
            {
                throw new UsageException(e.Message);
            }
        }

        var heading = $"{exercise.Title} ({exercise.Id})";
        await stdout.WriteLineAsync(heading).ConfigureAwait(false);
        await stdout.WriteLineAsync(new string('=', Math.Min(heading.Length, width))).ConfigureAwait(false);
        await stdout.WriteLineAsync($"Kata: {exercise.KataTitle} ({exercise.KataId})").ConfigureAwait(false);
        await stdout.WriteLineAsync().ConfigureAwait(false);
        await stdout.WriteLineAsync(KataText.Render(exercise.Description, width)).ConfigureAwait(false);
        await stdout.WriteLineAsync().ConfigureAwait(false);

        if (write is not null)
        {
            await stdout.WriteLineAsync($"The template is in {write}; check it with: qml katas check {exercise.Id} {write}").ConfigureAwait(false);
        }
        else
        {
            await stdout.WriteLineAsync($"Template (save it with --write FILE.qs, then: qml katas check {exercise.Id} FILE.qs):").ConfigureAwait(false);
            await WriteCodeAsync(stdout, exercise.Template).ConfigureAwait(false);
        }

        if (parseResult.GetValue(s_hints))
        {
            for (var i = 0; i < exercise.Hints.Count; i++)
            {
                await stdout.WriteLineAsync().ConfigureAwait(false);
                await stdout.WriteLineAsync($"Hint {i + 1} of {exercise.Hints.Count}:").ConfigureAwait(false);
                await stdout.WriteLineAsync(KataText.Render(exercise.Hints[i], width)).ConfigureAwait(false);
            }
            if (exercise.Hints.Count == 0) await stdout.WriteLineAsync("\nThis exercise has no hints.").ConfigureAwait(false);
        }
        else if (exercise.Hints.Count > 0)
        {
            await stdout.WriteLineAsync($"\n{exercise.Hints.Count} hint(s): add --hints to see them.").ConfigureAwait(false);
        }

        if (parseResult.GetValue(s_solution))
        {
            for (var i = 0; i < exercise.ReferenceSolutions.Count; i++)
            {
                await stdout.WriteLineAsync().ConfigureAwait(false);
                await stdout.WriteLineAsync(exercise.ReferenceSolutions.Count == 1 ? "Reference solution:" : $"Reference solution {i + 1} of {exercise.ReferenceSolutions.Count}:").ConfigureAwait(false);
                await WriteCodeAsync(stdout, exercise.ReferenceSolutions[i]).ConfigureAwait(false);
            }
        }
        return ExitCodes.Success;
    }

    private static async Task WriteCodeAsync(TextWriter stdout, string code)
    {
        await stdout.WriteLineAsync().ConfigureAwait(false);
        foreach (var line in code.TrimEnd().Split('\n'))
            await stdout.WriteLineAsync(("    " + line.TrimEnd('\r')).TrimEnd()).ConfigureAwait(false);
    }
}
