using System.CommandLine;
using System.Globalization;
using QuantumML.Classroom.Katas;
using QuantumML.QSharp;
using QuantumML.QSharp.Katas;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml katas check ID FILE.qs</c>: checks a student's solution with the exercise's own verification code.</summary>
internal sealed class KatasCheckCommand : BaseCommand
{
    /// <summary>Long enough for every shipped reference solution many times over; short enough not to wait long on a loop.</summary>
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly Argument<string> s_id = KatasCommand.ExerciseId();
    private static readonly Argument<string> s_file = new("file") { Description = "The Q# file with the solution (start from 'qml katas show ID --write FILE.qs')." };
    private static readonly Option<long?> s_seed = new("--seed") { Description = "Seed of the simulator's random source; the same seed repeats the verdict." };
    private static readonly Option<double?> s_timeout = new("--timeout") { Description = "Stop the check after this many seconds (default 30)." };

    public KatasCheckCommand() : base("check", "Check a solution to a kata exercise: pass (exit 0), or the checker's messages and the failing case (exit 1).")
    {
        Arguments.Add(s_id);
        Arguments.Add(s_file);
        Options.Add(s_seed);
        Options.Add(s_timeout);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var options = new ExerciseCheckOptions
        {
            Seed = parseResult.GetValue(s_seed),
            Timeout = CommonOptions.ReadTimeout(parseResult, s_timeout) ?? DefaultTimeout,
        };
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var exercise = KatasCommand.Find(KataCatalog.Load(runtime), parseResult.GetValue(s_id)!);
        var file = parseResult.GetValue(s_file)!;
        if (Directory.Exists(file)) throw new UsageException($"{file}: is a folder; give the .qs file with your solution.");
        if (!File.Exists(file)) throw new UsageException($"{file}: no such file; 'qml katas show {exercise.Id} --write {file}' writes the template there.");

        ExerciseCheck check;
        try
        {
            check = await new KataChecker(runtime).CheckAsync(exercise, file, await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false), options, cancellationToken).ConfigureAwait(false);
        }
        catch (QSharpTimeoutException e)
        {
            await stderr.WriteLineAsync($"FAIL {exercise.Id}: the check did not finish: {e.Message} (an endless loop? --timeout SEC allows more)").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (QSharpOutputLimitException e)
        {
            await stderr.WriteLineAsync($"FAIL {exercise.Id}: the check did not finish: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        WriteOutput(stdout, check.Output);
        WriteDiagnostics(stderr, check.Diagnostics);
        if (check.Diagnostics.Any(d => exercise.Sources.Any(s => s.Path == d.File)))
        {
            await stderr.WriteLineAsync(
                $"note: the errors in {string.Join(", ", exercise.Sources.Select(s => s.Path).Where(p => check.Diagnostics.Any(d => d.File == p)))} are in the exercise's own code: " +
                $"usually your file lacks a callable it uses, with the template's namespace, name and signature ('qml katas show {exercise.Id}').").ConfigureAwait(false);
        }
        await stdout.WriteLineAsync(check.Verdict switch
        {
            ExerciseVerdict.Passed => $"PASS {exercise.Id} ({exercise.Title})",
            ExerciseVerdict.Failed => $"FAIL {exercise.Id} ({exercise.Title}): the checker's messages above describe the failing case.",
            ExerciseVerdict.CompileError => $"FAIL {exercise.Id} ({exercise.Title}): the solution does not compile with the exercise's code (errors above).",
            _ => $"FAIL {exercise.Id} ({exercise.Title}): the program failed while running (error above).",
        }).ConfigureAwait(false);
        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"seed {check.Seed} · {check.Elapsed.TotalMilliseconds:0} ms · qsharp-lang {runtime.QdkVersion}")).ConfigureAwait(false);
        return check.Passed ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void WriteOutput(TextWriter stdout, IReadOnlyList<ExerciseOutput> output)
    {
        foreach (var item in output)
        {
            switch (item)
            {
                case ExerciseMessage message:
                    stdout.WriteLine(message.Text);
                    break;
                case ExerciseStateDump dump:
                    StateDumpText.Write(stdout, dump.State);
                    break;
            }
        }
    }
}
