using System.Text.Json;

namespace QuantumML.QSharp;

/// <summary>A Q# project: the sources the compiler sees, and where they came from.</summary>
/// <remarks>
/// A folder project follows the QDK layout: a <c>qsharp.json</c> manifest and every <c>.qs</c> file under
/// <c>src/</c>. Namespaces come from file paths relative to <c>src/</c> (<c>src/Encodings.qs</c> is
/// namespace <c>Encodings</c>) unless a file declares its own.
/// </remarks>
public sealed class QSharpProject
{
    private QSharpProject(string name, string? directory, IReadOnlyList<QSharpSource> sources, bool hasManifest,
        IReadOnlyDictionary<string, IReadOnlyList<QSharpSource>>? packages = null)
    {
        Name = name;
        Directory = directory;
        Sources = sources;
        HasManifest = hasManifest;
        Packages = packages ?? new Dictionary<string, IReadOnlyList<QSharpSource>>();
        ProgramJson = JsonSerializer.Serialize(new
        {
            sources = sources.Select(s => new[] { s.Path, s.Text }).ToArray(),
            hasManifest,
            packages = Packages.ToDictionary(p => p.Key, p => p.Value.Select(s => new[] { s.Path, s.Text }).ToArray()),
        });
    }

    /// <summary>The packages the sources depend on, by the alias the sources name them with; empty for an ordinary project.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<QSharpSource>> Packages { get; }

    /// <summary>The project's name: the manifest's folder name, or the name given for in-memory sources.</summary>
    public string Name { get; }

    /// <summary>The project folder, or null for in-memory sources.</summary>
    public string? Directory { get; }

    /// <summary>The sources in a stable (ordinal path) order.</summary>
    public IReadOnlyList<QSharpSource> Sources { get; }

    /// <summary>Whether the project was loaded from a <c>qsharp.json</c> manifest.</summary>
    public bool HasManifest { get; }

    /// <summary>The sources as the host hands them to the compiler; computed once.</summary>
    internal string ProgramJson { get; }

    /// <summary>The program with one more root source (a generated wrapper), as the host hands it to the compiler.</summary>
    internal string ProgramJsonWith(QSharpSource extra) => JsonSerializer.Serialize(new
    {
        sources = Sources.Append(extra).Select(s => new[] { s.Path, s.Text }).ToArray(),
        hasManifest = HasManifest,
        packages = Packages.ToDictionary(p => p.Key, p => p.Value.Select(s => new[] { s.Path, s.Text }).ToArray()),
    });

    /// <summary>Loads the project in <paramref name="directory"/>: its <c>qsharp.json</c> and every <c>src/**/*.qs</c>.</summary>
    /// <exception cref="QSharpProjectException">The folder, manifest or sources are missing or unreadable.</exception>
    public static QSharpProject Load(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(root))
            throw new QSharpProjectException($"{directory}: no such Q# project folder.");
        var manifest = Path.Combine(root, "qsharp.json");
        if (!File.Exists(manifest))
            throw new QSharpProjectException($"{manifest}: not found; a Q# project folder needs a qsharp.json manifest.");
        ValidateManifest(manifest);

        var src = Path.Combine(root, "src");
        if (!System.IO.Directory.Exists(src))
            throw new QSharpProjectException($"{src}: not found; a Q# project keeps its .qs files under src/.");
        var sources = System.IO.Directory
            .EnumerateFiles(src, "*.qs", SearchOption.AllDirectories)
            .Select(f => new QSharpSource(Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
        if (sources.Count == 0)
            throw new QSharpProjectException($"{src}: no .qs files found.");
        return new QSharpProject(Path.GetFileName(root), root, sources, hasManifest: true);
    }

    /// <summary>Makes a project from in-memory sources (tests, generated circuits, student snippets).</summary>
    public static QSharpProject FromSources(string name, params QSharpSource[] sources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (sources.Length == 0)
            throw new ArgumentException("A Q# project needs at least one source.", nameof(sources));
        var duplicate = sources.GroupBy(s => s.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Two sources share the path '{duplicate.Key}'.", nameof(sources));
        return new QSharpProject(name, null, sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToList(), hasManifest: false);
    }

    /// <summary>Makes a project whose <paramref name="sources"/> depend on <paramref name="packages"/>, each compiled apart under an
    /// alias: the sources call what a package exports as <c>ALIAS.NAMESPACE.NAME</c>, and a package's code can name neither the
    /// sources nor another package. The autograder keeps a student's code, the reference solution and its checks apart this way.</summary>
    /// <param name="name">The project's name.</param>
    /// <param name="sources">The root sources: the program the entry expression runs.</param>
    /// <param name="packages">Each package's sources by alias (a Q# identifier). Every document name in the project must be
    /// distinct, since diagnostics and call stacks name documents without their package.</param>
    /// <exception cref="ArgumentException">No sources, a bad alias, or two documents with one name.</exception>
    public static QSharpProject WithPackages(string name, IReadOnlyList<QSharpSource> sources, IReadOnlyDictionary<string, IReadOnlyList<QSharpSource>> packages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(packages);
        if (sources.Count == 0)
            throw new ArgumentException("A Q# project needs at least one source.", nameof(sources));
        if (packages.Keys.FirstOrDefault(a => !System.Text.RegularExpressions.Regex.IsMatch(a, "^[A-Za-z_][A-Za-z0-9_]*$")) is { } bad)
            throw new ArgumentException($"'{bad}' is not a Q# identifier, so it cannot name a package.", nameof(packages));
        var duplicate = sources.Concat(packages.Values.SelectMany(p => p)).GroupBy(s => s.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Two sources share the path '{duplicate.Key}'.", nameof(packages));
        return new QSharpProject(name, null, sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToList(), hasManifest: false,
            packages.ToDictionary(p => p.Key, p => (IReadOnlyList<QSharpSource>)p.Value.OrderBy(s => s.Path, StringComparer.Ordinal).ToList(), StringComparer.Ordinal));
    }

    /// <summary>Makes a one-file project from a Q# snippet.</summary>
    public static QSharpProject FromSource(string text, string path = "Main.qs") =>
        FromSources(Path.GetFileNameWithoutExtension(path), new QSharpSource(path, text));

    /// <summary>The path of a project source relative to the working folder, for messages a user can click;
    /// other names (the standard library's, <c>&lt;entry&gt;</c>) are returned as they are.</summary>
    public string DisplayPath(string sourcePath) =>
        Directory is null || !(sourcePath == "." || Sources.Any(s => s.Path == sourcePath))
            ? sourcePath
            : Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(Directory, sourcePath));

    private static void ValidateManifest(string manifest)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(manifest), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new QSharpProjectException($"{manifest}: the manifest must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new QSharpProjectException($"{manifest}:{(e.LineNumber ?? 0) + 1}: invalid JSON: {e.Message}");
        }
    }
}
