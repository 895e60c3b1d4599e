using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuantumML.Cli.Tests.Golden;

/// <summary>A <c>results.json</c> reduced to what must not change when the code is refactored: the spec, and every run's
/// name, seed, kind, metrics, engines and sweep values, with the bulky parts (training history, predictions, decision
/// grid, kernel matrix, communities, circuit diagram, trace) as SHA-256 digests of their JSON; without the facts of the
/// machine and the moment (the environment, every wall time, each run's CPU time and energy) and without what a wall-clock budget decides.</summary>
/// <remarks>A solver given <c>"seconds"</c> (optimization and graph specs) stops when its time is up or when it reaches
/// the reference, on as many threads as it is given: how far it got depends on the machine's load, so of such a run only
/// the instance's facts are kept (variables, maximize, reference and whether it is exact), never its value, energy, gap,
/// reads or trace. Everything else is deterministic for a given seed and compared exactly, doubles included.</remarks>
internal static class NormalizedResults
{
    /// <summary>Metrics that are wall times or rates per second, in every task.</summary>
    private static readonly HashSet<string> s_timeMetrics = new(StringComparer.Ordinal)
    {
        "fit_seconds", "predict_seconds", "cv_seconds", "wall_seconds", "seconds_to_reference", "tts99_seconds", "work_per_second_per_thread",
    };

    /// <summary>What a run on a wall-clock budget keeps of its metrics: facts of the instance, not of the search.</summary>
    private static readonly HashSet<string> s_budgetedKept = new(StringComparer.Ordinal)
    {
        "variables", "maximize", "reference", "reference_is_exact", "nodes", "edges", "ratio", "mean_degree", "optimum_modularity",
    };

    /// <summary>Fields of a run kept as digests: equal digests mean equal JSON, value for value.</summary>
    private static readonly string[] s_digested = ["epochs", "test_predictions", "test_labels", "decision_grid", "kernel_matrix", "communities", "trace", "loss_grid"];

    /// <summary>The normalized form of the results file <paramref name="path"/>.</summary>
    public static JsonObject Of(string path) => Of(JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    /// <summary>The normalized form of a parsed results file.</summary>
    public static JsonObject Of(JsonObject results)
    {
        var spec = results["spec"]!.AsObject();
        var budgeted = BudgetedGroups(spec);
        var runs = new JsonArray();
        foreach (var node in results["runs"]!.AsArray())
        {
            var run = node!.DeepClone().AsObject();
            var metrics = run["metrics"]!.AsObject();
            var group = run["group"]?.GetValue<string>() ?? run["model"]!.GetValue<string>();
            var onBudget = budgeted.Contains(group);
            foreach (var key in metrics.Select(kv => kv.Key).ToList())
            {
                if (s_timeMetrics.Contains(key) || (onBudget && !s_budgetedKept.Contains(key))) metrics.Remove(key);
            }
            if (run["trace"] is JsonArray trace)
            {
                if (onBudget) run.Remove("trace");
                else foreach (var point in trace) point!.AsObject().Remove("seconds");
            }
            run.Remove("energy");   // CPU time and what follows from it depend on the machine, like wall times
            foreach (var field in s_digested.Where(f => run[f] is not null)) run[field] = Digest(run[field]!);
            if (run["circuit"]?["svg"] is { } svg) run["circuit"]!["svg"] = Digest(svg);
            runs.Add(run);
        }
        return new JsonObject { ["spec"] = spec.DeepClone(), ["runs"] = runs };
    }

    /// <summary>"sha256:HEX" of the node's JSON text, with its element count when it is an array.</summary>
    private static JsonValue Digest(JsonNode node)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(node.ToJsonString())));
        return JsonValue.Create(node is JsonArray array ? $"sha256:{hash} ({array.Count} elements)" : $"sha256:{hash}");
    }

    /// <summary>The names of the solver entries (optimization) and solver methods (graph) that run on a wall-clock budget.</summary>
    private static HashSet<string> BudgetedGroups(JsonObject spec)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in new[] { "solvers", "methods" })
        {
            if (spec[list] is not JsonArray entries) continue;
            foreach (var entry in entries.OfType<JsonObject>().Where(e => e["seconds"] is not null))
                names.Add(entry["name"]?.GetValue<string>() ?? entry["type"]!.GetValue<string>());
        }
        return names;
    }

    /// <summary>The JSON text of a normalized result, as the recorded files hold it.</summary>
    public static string Text(JsonObject normalized) => normalized.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    /// <summary>The first difference between two normalized results as "PATH: recorded X, now Y", or null when they are equal.</summary>
    public static string? FirstDifference(JsonNode? recorded, JsonNode? now, string path = "$")
    {
        switch (recorded, now)
        {
            case (JsonObject a, JsonObject b):
                foreach (var key in a.Select(kv => kv.Key).Union(b.Select(kv => kv.Key)))
                {
                    if (!a.ContainsKey(key)) return $"{path}.{key}: not recorded, now {Show(b[key])}";
                    if (!b.ContainsKey(key)) return $"{path}.{key}: recorded {Show(a[key])}, now absent";
                    if (FirstDifference(a[key], b[key], $"{path}.{key}") is { } inner) return inner;
                }
                return null;
            case (JsonArray a, JsonArray b):
                for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
                {
                    if (FirstDifference(a[i], b[i], $"{path}[{i}]") is { } inner) return inner;
                }
                return a.Count == b.Count ? null : $"{path}: recorded {a.Count} elements, now {b.Count}";
            default:
                return JsonNode.DeepEquals(recorded, now) ? null : $"{path}: recorded {Show(recorded)}, now {Show(now)}";
        }
    }

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 120 ? text : text[..117] + "...";
    }
}
