using System.Text.Json;
using QuantumML.QSharp.Engine;
using QuantumML.QSharp.Estimates;

namespace QuantumML.QSharp;

public sealed partial class QSharpRuntime
{
    /// <summary>Runs the QDK resource estimator on <paramref name="expression"/>: one estimate per job of
    /// <paramref name="parametersJson"/> (see <see cref="EstimateJob.ToParametersJson"/>).</summary>
    /// <param name="project">The Q# project.</param>
    /// <param name="expression">Any Q# expression; with <see cref="EstimateOptions.RegisterSize"/>, an operation taking a <c>Qubit[]</c>.</param>
    /// <param name="parametersJson">The estimator's job parameters: a JSON array of objects such as
    /// <c>{"qubitParams":{"name":"qubit_gate_ns_e3"},"errorBudget":0.001}</c>; <c>[{}]</c> for the defaults.</param>
    /// <param name="options">Register size and time limit; null for <see cref="EstimateOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the estimate.</param>
    /// <exception cref="QSharpCompilationException">The project or the expression does not compile.</exception>
    /// <exception cref="QSharpEstimationException">The estimator refused the program or a job, or the program failed.</exception>
    /// <exception cref="QSharpTimeoutException">The estimate passed <see cref="EstimateOptions.Timeout"/>.</exception>
    public async Task<ResourceEstimates> EstimateAsync(
        QSharpProject project, string expression, string parametersJson, EstimateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        ArgumentException.ThrowIfNullOrWhiteSpace(parametersJson);
        options ??= EstimateOptions.Default;
        if (options.RegisterSize is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.RegisterSize, "RegisterSize must be at least 1.");
        var labels = JobLabels(parametersJson);
        var wrapper = new EntryWrapper(project, expression, options.RegisterSize, entryPoint: false);

        var ((json, compileEvents), elapsed) = await WithEngineAsync(engine =>
        {
            var result = engine.Estimate(wrapper.ProgramJson, EntryWrapper.CallExpression, parametersJson);
            // The estimator names a compile error only as "name error" or "type error"; compiling the same program
            // without running it (zero shots) gives the diagnostics with their positions.
            var failed = result.StartsWith("{\"ok\":false", StringComparison.Ordinal);
            return (result, failed ? engine.Run(wrapper.ProgramJson, EntryWrapper.CallExpression, 0, false, 0, null, OutputLimit.Default) : null);
        }, options.Timeout, cancellationToken).ConfigureAwait(false);

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (!root.GetProperty("ok").GetBoolean())
        {
            try
            {
                EventDecoder.Decode(compileEvents ?? "");
            }
            catch (QSharpCompilationException e)
            {
                throw new QSharpCompilationException(wrapper.Map(e.Diagnostics));
            }
            var error = root.GetProperty("error").GetString() ?? "";
            throw new QSharpEstimationException($"The resource estimator failed: {error}");
        }
        var value = root.GetProperty("value");
        return new ResourceEstimates(expression, EstimateJson.Parse(value, labels), value.GetRawText(), elapsed);
    }

    /// <summary>A label per job for error messages: its qubit model, else its position.</summary>
    private static List<string> JobLabels(string parametersJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(parametersJson);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                throw new ArgumentException("The estimator parameters must be a JSON array of job objects.", nameof(parametersJson));
            return doc.RootElement.EnumerateArray()
                .Select((job, i) => job.ValueKind == JsonValueKind.Object && job.TryGetProperty("qubitParams", out var q) && q.ValueKind == JsonValueKind.Object
                                    && q.TryGetProperty("name", out var n) ? n.GetString() ?? $"job {i + 1}" : $"job {i + 1}")
                .ToList();
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The estimator parameters are not valid JSON: {e.Message}", nameof(parametersJson), e);
        }
    }
}
