using System.Text.Json;

namespace QuantumML.QSharp.Estimates;

/// <summary>Reads the estimator's result array: per job either a full result (<c>status: success</c>) or
/// <c>{code, message}</c>.</summary>
internal static class EstimateJson
{
    /// <exception cref="QSharpEstimationException">A job failed; the message names the job when there are several.</exception>
    public static List<ResourceEstimate> Parse(JsonElement results, IReadOnlyList<string> jobLabels)
    {
        var items = new List<ResourceEstimate>();
        var index = 0;
        var failures = new List<(string Label, string Code, string Message)>();
        foreach (var item in results.ValueKind == JsonValueKind.Array ? results.EnumerateArray() : Enumerable.Repeat(results, 1))
        {
            var label = index < jobLabels.Count ? jobLabels[index] : $"job {index + 1}";
            index++;
            if (item.TryGetProperty("status", out var status) && status.GetString() == "success")
            {
                items.Add(Item(item));
                continue;
            }
            failures.Add((label,
                item.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                item.TryGetProperty("message", out var message) ? message.GetString() ?? item.GetRawText() : item.GetRawText()));
        }
        if (failures.Count > 0)
        {
            // The same failure for every job (a program with nothing to estimate) is said once.
            var distinct = failures.Select(f => f.Message).Distinct(StringComparer.Ordinal).ToList();
            var text = distinct.Count == 1 && failures.Count == index
                ? distinct[0]
                : string.Join("; ", failures.Select(f => $"{f.Label}: {f.Message}"));
            throw new QSharpEstimationException(text, failures[0].Code);
        }
        return items;
    }

    private static ResourceEstimate Item(JsonElement item)
    {
        var job = item.GetProperty("jobParams");
        var counts = item.GetProperty("physicalCounts");
        var breakdown = counts.GetProperty("breakdown");
        return new ResourceEstimate(
            job.GetProperty("qubitParams").GetProperty("name").GetString() ?? "",
            job.GetProperty("qecScheme").GetProperty("name").GetString() ?? "",
            job.GetProperty("errorBudget").GetDouble(),
            breakdown.GetProperty("algorithmicLogicalQubits").GetInt64(),
            breakdown.GetProperty("logicalDepth").GetInt64(),
            breakdown.GetProperty("numTstates").GetInt64(),
            item.GetProperty("logicalQubit").GetProperty("codeDistance").GetInt32(),
            counts.GetProperty("physicalQubits").GetInt64(),
            counts.GetProperty("runtime").GetDouble(),
            counts.TryGetProperty("rqops", out var rqops) && rqops.ValueKind == JsonValueKind.Number ? rqops.GetInt64() : null,
            breakdown.GetProperty("numTfactories").GetInt64())
        {
            Json = item.GetRawText(),
        };
    }
}
