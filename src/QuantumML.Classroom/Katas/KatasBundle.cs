using System.Text.Json;
using System.Text.Json.Serialization;
using QuantumML.QSharp;

namespace QuantumML.Classroom.Katas;

/// <summary>Reads the Katas content file of qsharp-lang (<c>dist/katas-content.generated.md.js</c>).</summary>
/// <remarks>
/// The package's generator writes that module as <c>export default</c> followed by <c>JSON.stringify</c> of the
/// content, so the object literal is JSON: it is read with System.Text.Json once the module syntax around it is
/// removed. Its shape is the package's <c>katas.d.ts</c>: katas with sections (lessons and exercises), and the
/// global code sources that exercises name by id.
/// </remarks>
internal static class KatasBundle
{
    private const string Prefix = "export default";

    public static IReadOnlyList<Kata> Read(string file)
    {
        if (!File.Exists(file))
            throw new QSharpHostException(
                $"{file}: not found. The Quantum Katas come from the npm package qsharp-lang, restored by 'dotnet build' of QuantumML.QSharp; build the solution again.");
        var text = File.ReadAllText(file);
        var start = text.IndexOf(Prefix, StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end < start)
            throw Unsupported(file, $"no '{Prefix} {{…}}' object");
        Content content;
        try
        {
            content = JsonSerializer.Deserialize<Content>(text.AsSpan(start + Prefix.Length, end + 1 - start - Prefix.Length))
                ?? throw Unsupported(file, "an empty content object");
        }
        catch (JsonException e)
        {
            throw Unsupported(file, $"{e.Message} (the content is no longer a JSON literal)");
        }
        var sources = content.GlobalCodeSources.ToDictionary(s => s.Id, s => s.Code, StringComparer.Ordinal);
        return content.Katas.Select(k => ToKata(k, sources, file)).ToList();
    }

    private static Kata ToKata(KataJson kata, Dictionary<string, string> sources, string file)
    {
        var exercises = kata.Sections
            .Where(s => s.Type == "exercise")
            .Select(s => ToExercise(kata, s, sources, file))
            .ToList();
        return new Kata(kata.Id.Trim(), kata.Title.Trim(), kata.Published, exercises);
    }

    private static KataExercise ToExercise(KataJson kata, SectionJson section, Dictionary<string, string> sources, string file)
    {
        // Some ids ship with a trailing space ("multi_qubit_systems__bell_state_change_1 "); nobody can type that.
        var id = section.Id.Trim();
        var solutions = section.ExplainedSolution?.Items.Where(i => i.Type == "solution" && i.Code is not null).Select(i => i.Code!).ToList() ?? [];
        if (solutions.Count == 0) throw Unsupported(file, $"exercise {id} has no reference solution");
        var code = (section.SourceIds ?? []).Select(sourceId => sources.TryGetValue(sourceId, out var text)
                ? new QSharpSource(sourceId, text)
                : throw Unsupported(file, $"exercise {id} names the missing source {sourceId}"))
            .ToList();
        return new KataExercise(
            id, kata.Id.Trim(), kata.Title.Trim(), section.Title.Trim(),
            section.Description?.Content ?? "",
            section.PlaceholderCode ?? "",
            solutions, code, section.Hints ?? []);
    }

    private static QSharpHostException Unsupported(string file, string what) =>
        new($"{file}: {what}; this qsharp-lang version's Katas content is not supported.");

    private sealed record Content(
        [property: JsonPropertyName("katas")] List<KataJson> Katas,
        [property: JsonPropertyName("globalCodeSources")] List<SourceJson> GlobalCodeSources);

    private sealed record KataJson(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("published")] bool Published,
        [property: JsonPropertyName("sections")] List<SectionJson> Sections);

    private sealed record SectionJson(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("description")] TextJson? Description,
        [property: JsonPropertyName("sourceIds")] List<string>? SourceIds,
        [property: JsonPropertyName("placeholderCode")] string? PlaceholderCode,
        [property: JsonPropertyName("explainedSolution")] ExplainedJson? ExplainedSolution,
        [property: JsonPropertyName("hints")] List<string>? Hints);

    private sealed record TextJson([property: JsonPropertyName("content")] string Content);

    private sealed record ExplainedJson([property: JsonPropertyName("items")] List<ItemJson> Items);

    private sealed record ItemJson(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("code")] string? Code);

    private sealed record SourceJson(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("code")] string Code);
}
