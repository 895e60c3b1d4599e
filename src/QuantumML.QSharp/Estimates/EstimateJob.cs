using System.Text.Json.Nodes;

namespace QuantumML.QSharp.Estimates;

/// <summary>One estimate to make: a predefined qubit model, optionally with a QEC scheme and an error budget.</summary>
/// <param name="QubitModel">One of <see cref="QubitModels.Known"/>.</param>
/// <param name="QecScheme">One of <see cref="QubitModels.KnownQecSchemes"/>, or null for the estimator's default (the surface code).</param>
/// <param name="ErrorBudget">The total allowed failure probability, in (0, 1); null for the estimator's default (0.001).</param>
public sealed record EstimateJob(string QubitModel, string? QecScheme = null, double? ErrorBudget = null)
{
    /// <summary>The estimator's job parameters for <paramref name="jobs"/>: a JSON array with one object per job.</summary>
    public static string ToParametersJson(IEnumerable<EstimateJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var array = new JsonArray();
        foreach (var job in jobs)
        {
            var item = new JsonObject { ["qubitParams"] = new JsonObject { ["name"] = job.QubitModel } };
            if (job.QecScheme is not null) item["qecScheme"] = new JsonObject { ["name"] = job.QecScheme };
            if (job.ErrorBudget is { } budget) item["errorBudget"] = budget;
            array.Add(item);
        }
        return array.ToJsonString();
    }

    /// <summary>A column heading such as <c>qubit_maj_ns_e6 floquet_code</c>.</summary>
    public string Label => QecScheme is null ? QubitModel : $"{QubitModel} {QecScheme}";
}
