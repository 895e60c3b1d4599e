using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumML.QSharp;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml eval EXPR</c>: runs a Q# expression against the project and prints its result or histogram.</summary>
internal sealed class EvalCommand : BaseCommand
{
    private static readonly Argument<string> s_expression = new("expression")
    {
        Description = "A Q# expression, for example 'Std.Math.PI()' or 'Drivers.SampleCircuitOutcomes(...)'.",
    };
    private static readonly Option<string?> s_project = CommonOptions.Project();
    private static readonly Option<int> s_shots = new("--shots")
    {
        Description = "How many times to evaluate the expression.",
        DefaultValueFactory = _ => 1,
    };
    private static readonly Option<long?> s_seed = new("--seed") { Description = "Seed of the simulator's random source; the same seed repeats every outcome." };
    private static readonly Option<string?> s_noise = new("--noise") { Description = "Pauli noise after each gate, as PX,PY,PZ (for example 0.01,0,0)." };
    private static readonly Option<double?> s_timeout = new("--timeout") { Description = "Stop the run after this many seconds." };
    private static readonly Option<bool> s_json = CommonOptions.Json();

    public EvalCommand() : base("eval", "Run a Q# expression on the local simulator and print the result.")
    {
        Arguments.Add(s_expression);
        Options.Add(s_project);
        Options.Add(s_shots);
        Options.Add(s_seed);
        Options.Add(s_noise);
        Options.Add(s_timeout);
        Options.Add(s_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var options = ReadOptions(parseResult);
        var project = ProjectLocator.Load(parseResult.GetValue(s_project));
        var expression = parseResult.GetValue(s_expression)!;
        if (string.IsNullOrWhiteSpace(expression)) throw new UsageException("the expression is empty; give a Q# expression such as 'Std.Math.PI()'.");
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        RunResult result;
        try
        {
            result = await runtime.RunAsync(project, expression, options, cancellationToken).ConfigureAwait(false);
        }
        catch (QSharpCompilationException e)
        {
            WriteDiagnostics(stderr, project, e.Diagnostics);
            return ExitCodes.Failure;
        }
        catch (QSharpRuntimeException e)
        {
            WriteDiagnostics(stderr, project, e.Diagnostics);
            return ExitCodes.Failure;
        }
        catch (QSharpTimeoutException e)
        {
            await stderr.WriteLineAsync($"qml eval: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        if (parseResult.GetValue(s_json))
            await stdout.WriteLineAsync(ToJson(result).ToJsonString(JsonOutput.Options)).ConfigureAwait(false);
        else
            WriteHuman(stdout, stderr, result);
        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"seed {result.Seed} · {result.Shots.Count} shot(s) · {result.Elapsed.TotalMilliseconds:0} ms · qsharp-lang {runtime.QdkVersion}")).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static RunOptions ReadOptions(ParseResult parseResult)
    {
        var shots = parseResult.GetValue(s_shots);
        if (shots < 1) throw new UsageException($"--shots must be at least 1 (got {shots}).");
        PauliNoise? noise = null;
        if (parseResult.GetValue(s_noise) is { } noiseText)
        {
            try
            {
                noise = PauliNoise.Parse(noiseText);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                // ArgumentException appends "(Parameter 'px')"; the option name says it already.
                var message = e is ArgumentException a && a.ParamName is not null ? e.Message.Replace($" (Parameter '{a.ParamName}')", "", StringComparison.Ordinal) : e.Message;
                throw new UsageException($"--noise: {message}");
            }
        }
        var timeout = parseResult.GetValue(s_timeout);
        if (timeout is <= 0) throw new UsageException($"--timeout must be positive (got {timeout}).");
        return new RunOptions
        {
            Shots = shots,
            Seed = parseResult.GetValue(s_seed),
            Noise = noise,
            Timeout = timeout is { } t ? TimeSpan.FromSeconds(t) : null,
        };
    }

    private static void WriteHuman(TextWriter stdout, TextWriter stderr, RunResult result)
    {
        if (result.Shots.Count == 1)
        {
            var shot = result.SingleShot;
            foreach (var message in shot.Messages) stdout.WriteLine(message);
            foreach (var dump in shot.Dumps) StateDumpText.Write(stdout, dump);
            stdout.WriteLine(shot.Text);
            return;
        }
        var dumps = result.Shots.Sum(s => s.Dumps.Count);
        var messages = result.Shots.Sum(s => s.Messages.Count);
        if (dumps + messages > 0)
            stderr.WriteLine($"({dumps} state dump(s) and {messages} message(s) across shots; --json lists them)");
        var histogram = result.Histogram();
        var width = Math.Min(40, histogram.Max(h => h.Text.Length));
        foreach (var (text, count) in histogram)
        {
            var fraction = (double)count / result.Shots.Count;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{text.PadRight(width)}  {count,7}  {fraction,7:0.0000}  {new string('#', (int)Math.Round(fraction * 40))}"));
        }
    }

    internal static JsonObject ToJson(RunResult result)
    {
        var results = new JsonArray();
        var dumps = new JsonArray();
        var messages = new JsonArray();
        for (var s = 0; s < result.Shots.Count; s++)
        {
            var shot = result.Shots[s];
            // A value the host cannot read back (a top-level String) is kept as the text the runtime printed.
            results.Add(shot.TryValue is { } v ? v.ToJson() : JsonValue.Create(shot.Text));
            foreach (var dump in shot.Dumps)
            {
                dumps.Add(new JsonObject
                {
                    ["shot"] = s,
                    ["qubits"] = dump.QubitCount,
                    ["amplitudes"] = new JsonArray(dump.Amplitudes.Select(a => (JsonNode)new JsonArray(a.Real, a.Imaginary)).ToArray()),
                });
            }
            foreach (var message in shot.Messages)
                messages.Add(new JsonObject { ["shot"] = s, ["text"] = message });
        }
        return new JsonObject
        {
            ["seed"] = result.Seed,
            ["expression"] = result.Expression,
            ["results"] = results,
            ["dumps"] = dumps,
            ["messages"] = messages,
        };
    }
}
