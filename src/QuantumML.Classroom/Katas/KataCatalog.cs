using System.Collections.Concurrent;
using FuzzySharp;
using QuantumML.QSharp;

namespace QuantumML.Classroom.Katas;

/// <summary>Every Quantum Kata and exercise the qsharp-lang package ships, found by id.</summary>
public sealed class KataCatalog
{
    private static readonly ConcurrentDictionary<string, Lazy<KataCatalog>> Loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KataExercise> _byId;

    private KataCatalog(IReadOnlyList<Kata> katas)
    {
        Katas = katas;
        Exercises = katas.SelectMany(k => k.Exercises).ToList();
        _byId = Exercises.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The katas in the package's order, published or not.</summary>
    public IReadOnlyList<Kata> Katas { get; }

    /// <summary>Every exercise of every kata, in order.</summary>
    public IReadOnlyList<KataExercise> Exercises { get; }

    /// <summary>The catalog of the Katas content file at <paramref name="contentFile"/>; read once per process.</summary>
    /// <exception cref="QSharpHostException">The file is missing or not the content this host can read.</exception>
    public static KataCatalog Load(string contentFile)
    {
        var full = Path.GetFullPath(contentFile);
        var lazy = Loaded.GetOrAdd(full, f => new Lazy<KataCatalog>(() => new KataCatalog(KatasBundle.Read(f))));
        try
        {
            return lazy.Value;
        }
        catch (QSharpHostException)
        {
            // A missing file may appear after a build; do not remember the failure.
            Loaded.TryRemove(full, out _);
            throw;
        }
    }

    /// <summary>The catalog of the Katas the runtime's qsharp-lang ships.</summary>
    public static KataCatalog Load(QSharpRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        return Load(runtime.KatasContentPath);
    }

    /// <summary>The exercise with <paramref name="id"/> (any letter case), or null.</summary>
    public KataExercise? TryFind(string id) => _byId.GetValueOrDefault(id.Trim());

    /// <summary>The exercise with <paramref name="id"/>.</summary>
    /// <exception cref="KataNotFoundException">No exercise has that id; the exception suggests close ones.</exception>
    public KataExercise Find(string id) => TryFind(id) ?? throw new KataNotFoundException(id, Suggest(id));

    /// <summary>Up to <paramref name="count"/> exercise ids close to <paramref name="text"/>: those containing it
    /// (a kata id, or an exercise's own name), else the best fuzzy matches.</summary>
    public IReadOnlyList<string> Suggest(string text, int count = 5)
    {
        var query = text.Trim();
        if (query.Length == 0) return [];
        var containing = Exercises.Where(e => e.Id.Contains(query, StringComparison.OrdinalIgnoreCase)).Select(e => e.Id).Take(count).ToList();
        if (containing.Count > 0) return containing;
        // FuzzySharp's weighted ratio scores 0-100 and copes with misspellings and swapped words; below 60 a
        // suggestion is more noise than help.
        return Process.ExtractTop(query.ToLowerInvariant(), Exercises.Select(e => e.Id), limit: count, cutoff: 60)
            .Select(r => r.Value)
            .ToList();
    }
}
