using System.CommandLine;
using System.Text.Json.Nodes;
using QuantumML.QSharp;
using QuantumML.QSharp.Circuits;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml circuit EXPR</c>: traces the circuit a Q# expression executes with the QDK circuit tracer, and prints
/// it as a text diagram with its depth and gate counts (or writes it as SVG).</summary>
internal sealed class CircuitCommand : BaseCommand
{
    private static readonly Argument<string> s_expression = CommonOptions.Expression("gates are traced");
    private static readonly Option<string?> s_project = CommonOptions.Project();
    private static readonly Option<int?> s_qubits = CommonOptions.Qubits();
    private static readonly Option<string?> s_svg = new("--svg") { Description = "Also write the circuit as an SVG image to this file." };
    private static readonly Option<int?> s_width = new("--width") { Description = "Widest line of the diagram; wider circuits wrap into sections (default: the terminal's width, or 100)." };
    private static readonly Option<bool> s_simulate = new("--simulate")
    {
        Description = "Trace one simulated run (needed when the program branches on measurement results; chosen automatically then).",
    };
    private static readonly Option<long?> s_seed = new("--seed") { Description = "Seed of the simulated run's measurement outcomes." };
    private static readonly Option<int> s_maxOperations = new("--max-operations")
    {
        Description = "Stop tracing after this many operations.",
        DefaultValueFactory = _ => CircuitOptions.Default.MaxOperations,
    };
    private static readonly Option<double?> s_timeout = CommonOptions.Timeout();
    private static readonly Option<bool> s_json = CommonOptions.Json();

    public CircuitCommand() : base("circuit", "Trace the circuit of a Q# expression: a text diagram, depth and gate counts, optionally an SVG.")
    {
        Arguments.Add(s_expression);
        Options.Add(s_project);
        Options.Add(s_qubits);
        Options.Add(s_svg);
        Options.Add(s_width);
        Options.Add(s_simulate);
        Options.Add(s_seed);
        Options.Add(s_maxOperations);
        Options.Add(s_timeout);
        Options.Add(s_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var expression = CommonOptions.ReadExpression(parseResult, s_expression);
        var width = ReadWidth(parseResult);
        var maxOperations = parseResult.GetValue(s_maxOperations);
        if (maxOperations < 1) throw new UsageException($"--max-operations must be at least 1 (got {maxOperations}).");
        var options = new CircuitOptions
        {
            Generation = parseResult.GetValue(s_simulate) ? CircuitGeneration.Simulate : CircuitGeneration.ClassicalEval,
            MaxOperations = maxOperations,
            RegisterSize = CommonOptions.ReadQubits(parseResult, s_qubits),
            Seed = parseResult.GetValue(s_seed),
            Timeout = CommonOptions.ReadTimeout(parseResult, s_timeout),
        };
        var svgPath = parseResult.GetValue(s_svg);
        var project = ProjectLocator.Load(parseResult.GetValue(s_project));

        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var circuit = await CallQSharpAsync(() => TraceAsync(runtime, project, expression, options, stderr, cancellationToken), project, stderr).ConfigureAwait(false);
        if (circuit is null) return ExitCodes.Failure;

        var metrics = CircuitMetrics.Of(circuit);
        if (parseResult.GetValue(s_json))
        {
            await stdout.WriteLineAsync(ToJson(circuit, metrics).ToJsonString(JsonOutput.Options)).ConfigureAwait(false);
        }
        else
        {
            await stdout.WriteLineAsync(CircuitRenderer.Render(circuit, width)).ConfigureAwait(false);
            await stdout.WriteLineAsync().ConfigureAwait(false);
            await stdout.WriteLineAsync(metrics.Summary()).ConfigureAwait(false);
            if (metrics.GateCounts.Count > 0) await stdout.WriteLineAsync("gates: " + metrics.CountsLine()).ConfigureAwait(false);
        }
        if (circuit.Operations.Count == 0)
        {
            await stderr.WriteLineAsync(options.RegisterSize is null
                ? "qml circuit: the expression applied no quantum operations; if it is an operation taking a Qubit[], pass --qubits N."
                : "qml circuit: the expression applied no quantum operations.").ConfigureAwait(false);
        }
        if (circuit.MayBeTruncated)
            await stderr.WriteLineAsync($"qml circuit: the tracer stopped at {maxOperations} operations; the circuit may be longer (--max-operations).").ConfigureAwait(false);
        if (svgPath is not null)
        {
            try
            {
                SvgCircuitWriter.Write(circuit, svgPath, expression);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"--svg {svgPath}: {e.Message}");
            }
            await stderr.WriteLineAsync($"wrote {svgPath}").ConfigureAwait(false);
        }
        return ExitCodes.Success;
    }

    /// <summary>Traces by classical evaluation and, for a program that branches on measurement results (which that cannot
    /// follow), once more by simulating it, saying so.</summary>
    private static async Task<Circuit> TraceAsync(
        QSharpRuntime runtime, QSharpProject project, string expression, CircuitOptions options, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            return await runtime.CircuitAsync(project, expression, options, cancellationToken).ConfigureAwait(false);
        }
        catch (QSharpRuntimeException e) when (options.Generation == CircuitGeneration.ClassicalEval
                                                && e.Diagnostics.Any(d => d.Code == QSharpRuntime.ResultComparisonUnsupported))
        {
            var circuit = await runtime.CircuitAsync(project, expression, options with { Generation = CircuitGeneration.Simulate }, cancellationToken).ConfigureAwait(false);
            await stderr.WriteLineAsync(
                $"qml circuit: the program branches on measurement results; this is the circuit of one simulated run (seed {circuit.Seed}).").ConfigureAwait(false);
            return circuit;
        }
    }

    private static int ReadWidth(ParseResult parseResult)
    {
        if (parseResult.GetValue(s_width) is { } width)
            return width >= 20 ? width : throw new UsageException($"--width must be at least 20 (got {width}).");
        return CommonOptions.TerminalWidth();
    }

    internal static JsonObject ToJson(Circuit circuit, CircuitMetrics metrics)
    {
        var operations = new JsonArray();
        foreach (var op in circuit.Operations)
        {
            var item = new JsonObject
            {
                ["kind"] = op.Kind.ToString().ToLowerInvariant(),
                ["gate"] = op.Gate,
                ["name"] = op.Name,
                ["targets"] = new JsonArray(op.Targets.Select(q => (JsonNode)q).ToArray()),
                ["controls"] = new JsonArray(op.Controls.Select(q => (JsonNode)q).ToArray()),
                ["args"] = new JsonArray(op.Arguments.Select(a => (JsonNode)a).ToArray()),
            };
            if (op.IsAdjoint) item["adjoint"] = true;
            if (op.IsConditional) item["conditional"] = true;
            if (op.Kind == OperationKind.Measurement) item["results"] = new JsonArray(op.Results.Select(r => (JsonNode)r).ToArray());
            operations.Add(item);
        }
        return new JsonObject
        {
            ["expression"] = circuit.Expression,
            ["generation"] = circuit.Generation == CircuitGeneration.Simulate ? "simulate" : "classical_eval",
            ["seed"] = circuit.Seed,
            ["may_be_truncated"] = circuit.MayBeTruncated,
            ["qubits"] = new JsonArray(circuit.Qubits.Select(q => (JsonNode)new JsonObject { ["id"] = q.Id, ["results"] = q.ResultCount }).ToArray()),
            ["operations"] = operations,
            ["metrics"] = new JsonObject
            {
                ["qubits"] = metrics.Qubits,
                ["operations"] = metrics.Operations,
                ["depth"] = metrics.Depth,
                ["two_qubit_gates"] = metrics.TwoQubitGates,
                ["multi_qubit_gates"] = metrics.MultiQubitGates,
                ["gate_counts"] = new JsonObject(metrics.GateCounts.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            },
        };
    }
}
