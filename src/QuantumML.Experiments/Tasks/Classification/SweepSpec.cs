using System.Text.Json.Nodes;
using QuantumML.Catalogues;
using QuantumML.Models;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Reads a model's hyper-parameter sweep, <c>"grid"</c> or <c>"random"</c>, with its <c>"cv"</c>, and expands it into
/// one settings object per candidate (the model's fields with the candidate's values in place of the sweep).</summary>
public static class SweepSpec
{
    /// <summary>Default k of the cross-validation.</summary>
    public const int DefaultFolds = 5;

    /// <summary>Most candidates one sweep may expand into (each is a job for every seed).</summary>
    public const int MaxCandidates = 1000;

    /// <summary>The sweep's candidates with their settings, or null when the model has neither grid nor random.</summary>
    /// <param name="model">The model's object in the spec.</param>
    /// <param name="type">The model's classifier, whose tunable fields a sweep may vary.</param>
    public static IReadOnlyList<(SweepCandidate Candidate, SettingsReader Settings)>? Expand(SettingsReader model, ClassifierEntry type)
    {
        var path = model.Path;
        var hasGrid = model.Has("grid");
        var hasRandom = model.Has("random");
        if (!hasGrid && !hasRandom)
        {
            if (model.Has("cv")) throw model.Error($"{path}.cv cross-validates a hyper-parameter sweep; add \"grid\" or \"random\" to the model");
            return null;
        }
        if (hasGrid && hasRandom) throw model.Error($"{path} has both \"grid\" and \"random\"; give one sweep per model");
        if (model.Raw["noise_training"] is not null)
            throw model.Error($"{path}.noise_training and a sweep cannot be combined; sweep the model's hyper-parameters or train at each noise level, in two models");
        if (model.Raw["federated"] is not null)
            throw model.Error($"{path}.federated and a sweep cannot be combined; cross-validation trains each fold centrally, so it would not score the federated training");
        var method = hasGrid ? "grid" : "random";
        var section = model.Section(method)!;
        var points = hasGrid ? Grid(section, type, model) : RandomSearch.Draw(section, type, model);
        if (points.Count > MaxCandidates)
            throw model.Error($"{section.Path} expands into {points.Count} candidates; at most {MaxCandidates}");

        var cv = model.Section("cv");
        var folds = cv?.Whole("folds", DefaultFolds, 2, 100) ?? DefaultFolds;
        cv?.RejectUnknown();

        return points.Select((values, index) =>
        {
            var candidate = new SweepCandidate(method, index, points.Count, values, folds, section.Path);
            var fields = (JsonObject)model.Raw.DeepClone();
            fields.Remove("grid");
            fields.Remove("random");
            fields.Remove("cv");
            foreach (var (name, value) in values) fields[name] = value.DeepClone();
            return (candidate, new SettingsReader(fields, path, model.File));
        }).ToList();
    }

    /// <summary>The name of a swept field, checked: tunable for this type, and not also given as a plain field.</summary>
    internal static string Field(SettingsReader section, string name, ClassifierEntry type, SettingsReader model)
    {
        var allowed = type.Tunable;
        if (!allowed.Contains(name, StringComparer.Ordinal))
            throw section.Error($"{section.Path}.{name} is not a hyper-parameter of a {type.Name}; allowed: {string.Join(", ", allowed)}");
        if (model.Raw[name] is not null)
            throw section.Error($"{section.Path}.{name} is also set as {model.Path}.{name}; give it in one place");
        return name;
    }

    /// <summary>Every combination of the grid's values; the first field varies slowest (nested loops in the spec's order).</summary>
    private static List<IReadOnlyList<KeyValuePair<string, JsonNode>>> Grid(SettingsReader grid, ClassifierEntry type, SettingsReader model)
    {
        if (grid.Raw.Count == 0) throw grid.Error($"{grid.Path} must name at least one field, e.g. {{\"learning_rate\": [0.01, 0.1]}}");
        var axes = grid.Raw.Select(kv =>
        {
            var name = Field(grid, kv.Key, type, model);
            if (kv.Value is not JsonArray { Count: > 0 } values)
                throw grid.Error($"{grid.Path}.{name} must be a non-empty list of values, e.g. [1, 2, 3]");
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is null) throw grid.Error($"{grid.Path}.{name}[{i}] is null; give a value");
                for (var j = 0; j < i; j++)
                {
                    if (JsonNode.DeepEquals(values[i], values[j]))
                        throw grid.Error($"{grid.Path}.{name} lists {SweepCandidate.ValueLabel(values[i])} twice");
                }
            }
            return (Name: name, Values: values.Select(v => v!).ToList());
        }).ToList();
        if (axes.Aggregate(1L, (n, a) => n * a.Values.Count) is var count && count > MaxCandidates)
            throw grid.Error($"{grid.Path} expands into {count} candidates; at most {MaxCandidates}");

        IEnumerable<IReadOnlyList<KeyValuePair<string, JsonNode>>> points = [[]];
        foreach (var axis in axes)
            points = points.SelectMany(p => axis.Values.Select(v => (IReadOnlyList<KeyValuePair<string, JsonNode>>)[.. p, new(axis.Name, v)])).ToList();
        return points.ToList();
    }
}
