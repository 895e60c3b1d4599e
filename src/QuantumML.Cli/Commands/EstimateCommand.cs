using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.QSharp;
using QuantumML.QSharp.Estimates;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml estimate EXPR</c>: the QDK resource estimator's projection of a Q# expression onto fault-tolerant
/// machines, one table column per qubit model (and error budget).</summary>
internal sealed class EstimateCommand : BaseCommand
{
    private static readonly Argument<string> s_expression = CommonOptions.Expression("resources are estimated");
    private static readonly Option<string?> s_project = CommonOptions.Project();
    private static readonly Option<int?> s_qubits = CommonOptions.Qubits();
    private static readonly Option<string[]> s_models = new("--qubit")
    {
        Description = $"A predefined qubit model; repeat to compare several ({string.Join(", ", QubitModels.Known)}). Default: {string.Join(" and ", QubitModels.DefaultComparison)}.",
        AllowMultipleArgumentsPerToken = true,
    };
    private static readonly Option<string?> s_qec = new("--qec")
    {
        Description = $"The QEC scheme for every model ({string.Join(", ", QubitModels.KnownQecSchemes)}); default: the estimator's, the surface code.",
    };
    private static readonly Option<double[]> s_budgets = new("--error-budget")
    {
        Description = "The total allowed failure probability, in (0, 1); repeat to compare several. Default: the estimator's, 0.001.",
        AllowMultipleArgumentsPerToken = true,
    };
    private static readonly Option<double?> s_timeout = CommonOptions.Timeout();
    private static readonly Option<bool> s_json = new("--json") { Description = "Print the estimator's raw result (JSON) only on stdout." };

    public EstimateCommand() : base("estimate", "Estimate the physical resources of a Q# expression on fault-tolerant machines (QDK resource estimator).")
    {
        Arguments.Add(s_expression);
        Options.Add(s_project);
        Options.Add(s_qubits);
        Options.Add(s_models);
        Options.Add(s_qec);
        Options.Add(s_budgets);
        Options.Add(s_timeout);
        Options.Add(s_json);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var expression = CommonOptions.ReadExpression(parseResult, s_expression);
        var jobs = ReadJobs(parseResult);
        var options = new EstimateOptions
        {
            RegisterSize = CommonOptions.ReadQubits(parseResult, s_qubits),
            Timeout = CommonOptions.ReadTimeout(parseResult, s_timeout),
        };
        var project = ProjectLocator.Load(parseResult.GetValue(s_project));

        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var estimates = await CallQSharpAsync(
            () => runtime.EstimateAsync(project, expression, EstimateJob.ToParametersJson(jobs), options, cancellationToken),
            project, stderr).ConfigureAwait(false);
        if (estimates is null) return ExitCodes.Failure;

        if (parseResult.GetValue(s_json))
        {
            await stdout.WriteLineAsync(JsonNode.Parse(estimates.Json)!.ToJsonString(JsonOutput.Options)).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        var headings = Headings(jobs);
        await stdout.WriteLineAsync(EstimateTable.Render(estimates.Items, headings)).ConfigureAwait(false);
        await stdout.WriteLineAsync().ConfigureAwait(false);
        await stdout.WriteLineAsync(
            "A projection onto fault-tolerant machines by the QDK resource estimator, not a measurement; " +
            $"QEC {string.Join(", ", estimates.Items.Select(i => i.QecScheme).Distinct())}, " +
            $"error budget {string.Join(", ", estimates.Items.Select(i => i.ErrorBudget.ToString("G3", CultureInfo.InvariantCulture)).Distinct())}.").ConfigureAwait(false);
        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{estimates.Items.Count} estimate(s) · {estimates.Elapsed.TotalMilliseconds:0} ms · qsharp-lang {runtime.QdkVersion}")).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>One job per model and budget; unknown models and schemes, and a budget outside (0, 1), are usage errors.</summary>
    private static List<EstimateJob> ReadJobs(ParseResult parseResult)
    {
        var models = parseResult.GetValue(s_models) is { Length: > 0 } named ? named : QubitModels.DefaultComparison.ToArray();
        foreach (var model in models)
        {
            if (!QubitModels.IsKnown(model))
                throw new UsageException($"--qubit: unknown qubit model '{model}'; the estimator's models are {string.Join(", ", QubitModels.Known)}.");
        }
        var qec = parseResult.GetValue(s_qec);
        if (qec is not null && !QubitModels.KnownQecSchemes.Contains(qec, StringComparer.Ordinal))
            throw new UsageException($"--qec: unknown QEC scheme '{qec}'; the estimator's schemes are {string.Join(", ", QubitModels.KnownQecSchemes)}.");
        if (qec == "floquet_code" && models.FirstOrDefault(m => !QubitModels.IsMajorana(m)) is { } gateBased)
            throw new UsageException($"--qec floquet_code fits only Majorana qubit models (qubit_maj_*), not {gateBased}.");
        var given = parseResult.GetValue(s_budgets) ?? [];
        foreach (var budget in given)
        {
            if (budget is not (> 0 and < 1))
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--error-budget must lie strictly between 0 and 1 (got {budget})."));
        }
        double?[] budgets = given.Length > 0 ? given.Select(x => (double?)x).ToArray() : [null];
        return models.Distinct(StringComparer.Ordinal)
            .SelectMany(m => budgets.Distinct().Select(e => new EstimateJob(m, qec, e)))
            .ToList();
    }

    /// <summary>Column headings: the model, and the budget when several are compared.</summary>
    private static List<string> Headings(List<EstimateJob> jobs)
    {
        var severalBudgets = jobs.Select(j => j.ErrorBudget).Distinct().Count() > 1;
        return jobs.Select(j => severalBudgets
            ? string.Create(CultureInfo.InvariantCulture, $"{j.QubitModel} ε={j.ErrorBudget:G3}")
            : j.QubitModel).ToList();
    }
}
