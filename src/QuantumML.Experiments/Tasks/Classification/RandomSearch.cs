using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Models;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Reads <c>"random": {"n": 20, "seed": 0, FIELD: {DISTRIBUTION: ...}, ...}</c> and draws its candidates.</summary>
/// <remarks>Distributions: <c>{"uniform": [a, b]}</c>, <c>{"log_uniform": [a, b]}</c> (0 &lt; a), <c>{"int": [a, b]}</c>
/// (integers, both ends included), <c>{"choice": [v1, v2, ...]}</c>. Draws come from <c>System.Random(seed)</c>, field by
/// field in the spec's order, so the same spec always gives the same candidates, whichever seed, shard or machine runs
/// them. Continuous draws are rounded to 3 significant digits, so that a candidate's name states its values exactly;
/// a point drawn twice is drawn again.</remarks>
public static class RandomSearch
{
    /// <summary>The distributions a field may name.</summary>
    public static readonly string[] Distributions = ["uniform", "log_uniform", "int", "choice"];

    /// <summary>The distinct candidates of the section, in draw order (fewer than n when the space is smaller).</summary>
    internal static List<IReadOnlyList<KeyValuePair<string, JsonNode>>> Draw(SettingsReader random, ClassifierEntry type, SettingsReader model)
    {
        var n = random.RequiredWhole("n", 1, SweepSpec.MaxCandidates);
        var seed = random.Whole("seed", 0);
        var draws = random.Raw.Where(kv => kv.Key is not ("n" or "seed"))
            .Select(kv => (Name: SweepSpec.Field(random, kv.Key, type, model), Draw: Distribution(random, kv.Key, kv.Value)))
            .ToList();
        if (draws.Count == 0) throw random.Error($"{random.Path} must name at least one field besides n and seed, e.g. \"learning_rate\": {{\"log_uniform\": [0.001, 0.1]}}");

        var rng = new Random(seed);
        var points = new List<IReadOnlyList<KeyValuePair<string, JsonNode>>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A bounded number of attempts: a small discrete space simply yields all its points.
        for (var attempt = 0; attempt < 100 * n && points.Count < n; attempt++)
        {
            IReadOnlyList<KeyValuePair<string, JsonNode>> point = draws.Select(d => new KeyValuePair<string, JsonNode>(d.Name, d.Draw(rng))).ToList();
            if (seen.Add(string.Join(",", point.Select(p => p.Value.ToJsonString())))) points.Add(point);
        }
        return points;
    }

    private static Func<Random, JsonNode> Distribution(SettingsReader random, string field, JsonNode? node)
    {
        var path = $"{random.Path}.{field}";
        var forms = "{\"uniform\": [a, b]}, {\"log_uniform\": [a, b]}, {\"int\": [a, b]} or {\"choice\": [values]}";
        if (node is not JsonObject { Count: 1 } spec || !Distributions.Contains(spec.First().Key, StringComparer.Ordinal))
            throw random.Error($"{path} must be one of {forms}");
        var (kind, arguments) = (spec.First().Key, spec.First().Value);
        var at = $"{path}.{kind}";
        if (kind == "choice")
        {
            if (arguments is not JsonArray { Count: > 0 } choices || choices.Any(c => c is null))
                throw random.Error($"{at} must be a non-empty list of values");
            return rng => choices[rng.Next(choices.Count)]!.DeepClone();
        }
        if (arguments is not JsonArray { Count: 2 } range || range.Any(v => v is not JsonValue number || !number.TryGetValue<double>(out _)))
            throw random.Error($"{at} must be [a, b], two numbers");
        var (a, b) = (range[0]!.GetValue<double>(), range[1]!.GetValue<double>());
        if (!(a < b) && !(kind == "int" && a == b)) throw random.Error($"{at} is [{a}, {b}]; a must be below b");
        if (!double.IsFinite(b - a)) throw random.Error($"{at} is [{a}, {b}]; the range is wider than a double can hold");
        switch (kind)
        {
            case "int":
                if (a != Math.Floor(a) || b != Math.Floor(b) || Math.Abs(a) > int.MaxValue / 2 || Math.Abs(b) > int.MaxValue / 2)
                    throw random.Error($"{at} must be [a, b], two integers");
                return rng => JsonValue.Create(rng.Next((int)a, (int)b + 1));
            case "log_uniform":
                if (!(a > 0)) throw random.Error($"{at} is [{a}, {b}]; a log-uniform range must start above 0");
                return rng => Rounded(Math.Exp(Math.Log(a) + (Math.Log(b) - Math.Log(a)) * rng.NextDouble()), a, b);
            default:
                return rng => Rounded(a + (b - a) * rng.NextDouble(), a, b);
        }
    }

    /// <summary>The value to 3 significant digits, kept inside [a, b].</summary>
    private static JsonValue Rounded(double value, double a, double b) =>
        JsonValue.Create(Math.Clamp(double.Parse(value.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), a, b));
}
