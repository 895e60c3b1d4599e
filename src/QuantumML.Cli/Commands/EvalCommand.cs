using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumML.Hamiltonians;
using QuantumML.QSharp;
using QuantumML.QSharp.Circuits;
using QuantumML.QSharp.Values;

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

    /// <summary>The most shots one eval runs: each is kept in memory as a result (and the run's output limit holds them all).</summary>
    internal const int MaxShots = 1_000_000;

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var json = parseResult.GetValue(s_json);
        var options = ReadOptions(parseResult) with { TypedValues = json };
        var project = ProjectLocator.Load(parseResult.GetValue(s_project));
        var expression = parseResult.GetValue(s_expression)!;
        if (string.IsNullOrWhiteSpace(expression)) throw new UsageException("the expression is empty; give a Q# expression such as 'Std.Math.PI()'.");
        // The seed is fixed here, so that it is known (and printed) however the run ends.
        options = options with { Seed = options.Seed ?? Random.Shared.NextInt64(0, 1L << 31) };
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        RunResult result;
        string? stopped = null;
        QSharpRuntimeException? failure = null;
        try
        {
            result = await runtime.RunAsync(project, expression, options, cancellationToken).ConfigureAwait(false);
        }
        catch (QSharpCompilationException e)
        {
            WriteDiagnostics(stderr, project, e.Diagnostics);
            return ExitCodes.Failure;
        }
        catch (QSharpRuntimeException e) when (e.Result is { } all)
        {
            (result, failure) = (all, e);
        }
        catch (QSharpTimeoutException e) when (e.Partial is { } partial)
        {
            (result, stopped) = (partial, e.Message);
        }
        catch (QSharpOutputLimitException e) when (e.Partial is { } partial)
        {
            (result, stopped) = (partial, e.Message);
        }
        catch (QSharpHostException e) when (e.OutOfMemory)
        {
            (result, stopped) = (new RunResult(expression, options.Seed, [], TimeSpan.Zero), e.Message + " " + await CountQubitsAsync(runtime, project, expression, cancellationToken).ConfigureAwait(false));
        }

        if (json)
            await stdout.WriteLineAsync(ToJson(result, project, stopped).ToJsonString(JsonOutput.Options)).ConfigureAwait(false);
        else
            WriteHuman(stdout, stderr, result, options.Shots);
        if (failure is not null)
            WriteDiagnostics(stderr, project, result.Shots.First(s => !s.Succeeded).Errors);
        if (stopped is not null)
            await stderr.WriteLineAsync($"qml eval: {stopped}").ConfigureAwait(false);
        var failed = result.Shots.Count(s => !s.Succeeded);
        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"seed {options.Seed} · {result.Shots.Count} shot(s){(failed > 0 ? $", {failed} failed" : "")}{(result.Shots.Count < options.Shots ? $" of {options.Shots}" : "")} · {result.Elapsed.TotalMilliseconds:0} ms · qsharp-lang {runtime.QdkVersion}")).ConfigureAwait(false);
        return failure is null && stopped is null ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>After the simulator ran out of memory: how many qubits the program has in use at once, traced by classical
    /// evaluation (gates recorded, no state), so that the message can say whether the qubits or the classical data filled it.</summary>
    private static async Task<string> CountQubitsAsync(QSharpRuntime runtime, QSharpProject project, string expression, CancellationToken cancellationToken)
    {
        try
        {
            var circuit = await runtime.CircuitAsync(project, expression, new CircuitOptions { Timeout = TimeSpan.FromSeconds(20) }, cancellationToken).ConfigureAwait(false);
            var n = circuit.Qubits.Count;
            return n > 24
                ? string.Create(CultureInfo.InvariantCulture, $"The program has {n} qubits in use at once (traced without simulating): a general state of {n} qubits takes {OutputLimit.Bytes(16 * Math.Pow(2, n))}.")
                : string.Create(CultureInfo.InvariantCulture, $"The program has at most {n} qubit(s) in use at once (traced without simulating), too few to fill it: the memory went to classical data, such as very deep recursion or very large arrays.");
        }
        catch (QSharpTimeoutException)
        {
            // Tracing runs the classical part of the program too: one that fills memory without qubits fills time here.
            return "Its qubits could not be counted: tracing it without simulating ran past 20 s as well, so the memory most likely went to classical data, such as very deep recursion or very large arrays.";
        }
        catch (Exception e) when (e is QSharpException)
        {
            return "Its qubits could not be counted without simulating it (" + e.Message.Split('\n')[0].TrimEnd('.') + ").";
        }
    }

    private static RunOptions ReadOptions(ParseResult parseResult)
    {
        var shots = parseResult.GetValue(s_shots);
        if (shots is < 1 or > MaxShots) throw new UsageException($"--shots must be from 1 to {MaxShots} (got {shots}).");
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
        return new RunOptions
        {
            Shots = shots,
            Seed = parseResult.GetValue(s_seed),
            Noise = noise,
            Timeout = CommonOptions.ReadTimeout(parseResult, s_timeout),
        };
    }

    /// <summary>One shot: its messages, dumps and value (or, when it failed, nothing more: the diagnostics follow on stderr).
    /// Many: the histogram of their values and failures.</summary>
    private static void WriteHuman(TextWriter stdout, TextWriter stderr, RunResult result, int shots)
    {
        if (shots == 1)
        {
            var shot = result.Shots.Count == 1 ? result.Shots[0] : result.Unfinished;
            if (shot is null) return;
            foreach (var message in shot.Messages) stdout.WriteLine(message);
            foreach (var dump in shot.Dumps) StateDumpText.Write(stdout, dump);
            if (result.Shots.Count == 1 && shot.Succeeded) stdout.WriteLine(shot.Text);
            return;
        }
        var dumps = result.Shots.Sum(s => s.Dumps.Count);
        var messages = result.Shots.Sum(s => s.Messages.Count);
        if (dumps + messages > 0)
            stderr.WriteLine($"({dumps} state dump(s) and {messages} message(s) across shots; --json lists them)");
        var histogram = result.Histogram();
        if (histogram.Count == 0) return;
        var width = Math.Min(40, histogram.Max(h => h.Text.Length));
        foreach (var (text, count) in histogram)
        {
            var fraction = (double)count / result.Shots.Count;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{text.PadRight(width)}  {count,7}  {fraction,7:0.0000}  {new string('#', (int)Math.Round(fraction * 40))}"));
        }
    }

    /// <summary>The JSON object of a run: its seed, expression and type; one result per shot (typed, null for a failed shot);
    /// the failures, dumps and messages with their shot; and why the run stopped, if it did.</summary>
    internal static JsonObject ToJson(RunResult result, QSharpProject project, string? stopped = null)
    {
        var results = new JsonArray();
        var failures = new JsonArray();
        var dumps = new JsonArray();
        var messages = new JsonArray();
        void Output(ShotResult shot, int s)
        {
            foreach (var dump in shot.Dumps)
            {
                dumps.Add(new JsonObject
                {
                    ["shot"] = s,
                    ["qubits"] = dump.QubitCount,
                    ["amplitudes"] = new JsonArray(dump.Amplitudes.Select(a => (JsonNode)new JsonArray(TypedJson.FromDouble(a.Real), TypedJson.FromDouble(a.Imaginary))).ToArray()),
                });
            }
            foreach (var message in shot.Messages)
                messages.Add(new JsonObject { ["shot"] = s, ["text"] = message });
        }
        for (var s = 0; s < result.Shots.Count; s++)
        {
            var shot = result.Shots[s];
            // Without a typed value (a run outside --json), the value read from its text, or the text itself.
            results.Add(shot.HasJson ? shot.Json?.DeepClone() : shot.Succeeded ? shot.TryValue is { } v ? v.ToJson() : JsonValue.Create(shot.Text) : null);
            if (!shot.Succeeded)
            {
                var d = shot.Errors[0];
                failures.Add(new JsonObject
                {
                    ["shot"] = s,
                    ["code"] = d.Code,
                    ["message"] = d.Message,
                    ["file"] = d.File == "<entry>" ? "<expression>" : project.DisplayPath(d.File),
                    ["line"] = d.Line,
                    ["column"] = d.Column,
                    ["stack"] = d.Stack,
                });
            }
            Output(shot, s);
        }
        if (result.Unfinished is { } unfinished) Output(unfinished, result.Shots.Count);
        return new JsonObject
        {
            ["seed"] = result.Seed,
            ["expression"] = result.Expression,
            ["type"] = result.Type,
            ["results"] = results,
            ["failures"] = failures,
            ["dumps"] = dumps,
            ["messages"] = messages,
            ["stopped"] = stopped,
        };
    }
}
