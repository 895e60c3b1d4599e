using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace QuantumML.QSharp.Engine;

/// <summary>The files of the qsharp-lang package that the host loads: the ES module and its wasm binary.</summary>
internal sealed partial class QdkModule
{
    public const string ModuleFile = "qsc_wasm.js";
    public const string WasmFile = "qsc_wasm_bg.wasm";

    /// <summary>The Quantum Katas content of the package (its Markdown edition), copied beside the module.</summary>
    public const string KatasContentFile = "katas-content.generated.md.js";

    private static readonly ConcurrentDictionary<string, Lazy<QdkModule>> Cache = new(StringComparer.Ordinal);

    private QdkModule(string directory)
    {
        Directory = directory;
        WasmBytes = File.ReadAllBytes(Path.Combine(directory, WasmFile));
        FactoryScript = ToFactory(File.ReadAllText(Path.Combine(directory, ModuleFile)));
        Version = ReadVersion(directory);
        HostScript = ReadHostScript();
    }

    public string Directory { get; }

    public byte[] WasmBytes { get; }

    /// <summary>The qsharp-lang version, read from the package.json copied beside the module.</summary>
    public string Version { get; }

    public string HostScript { get; }

    /// <summary>The module's glue code as a classic-script function that returns a fresh module object each call.</summary>
    public string FactoryScript { get; }

    /// <summary>The functions of the module the host uses; a newer qsharp-lang that drops one fails at load, not mid-run.</summary>
    private static readonly string[] Exports =
        ["initSync", "run", "runWithNoise", "get_ast", "get_circuit", "get_estimates", "get_qir", "get_library_summaries", "check_exercise_solution"];

    /// <summary>Rewrites the wasm-bindgen ES module into a factory function.</summary>
    /// <remarks>
    /// The simulator seeds its random generator from crypto.getRandomValues once per wasm instance, then
    /// keeps drawing from it across runs. For a run's outcomes to follow from its seed alone, every run needs
    /// a fresh instance, and an ES module can be instantiated only once per engine (its module-scoped
    /// <c>wasm</c> binding is set for good by initSync, and module records are never freed). As a function,
    /// the same glue code yields a new, collectable instance on each call. No library does this rewrite; it
    /// relies only on the shape wasm-bindgen gives every such module, and is checked when loaded.
    /// </remarks>
    internal static string ToFactory(string module)
    {
        var body = ExportKeyword().Replace(module, "$1");
        body = ExportList().Replace(body, "");
        body = body.Replace("import.meta.url", "\"\"", StringComparison.Ordinal);
        if (ModuleSyntax().Match(body) is { Success: true } m)
            throw new QSharpHostException($"{ModuleFile}: unexpected module syntax '{m.Value.Trim()}'; this qsharp-lang version is not supported by the host.");
        return $"(function () {{\n\"use strict\";\n{body}\nreturn {{ {string.Join(", ", Exports)} }};\n}})";
    }

    [GeneratedRegex(@"^export\s+((?:async\s+)?(?:class|function|const|let)\s)", RegexOptions.Multiline)]
    private static partial Regex ExportKeyword();

    [GeneratedRegex(@"^export\s*\{[^}]*\};?[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ExportList();

    [GeneratedRegex(@"^\s*(export|import)\b[^\n]*", RegexOptions.Multiline)]
    private static partial Regex ModuleSyntax();

    /// <summary>The folder the package's files are read from: <paramref name="directory"/>, or <c>qsharp/</c> beside the assemblies.</summary>
    public static string ResolveDirectory(string? directory) => Path.GetFullPath(directory ?? Path.Combine(AppContext.BaseDirectory, "qsharp"));

    public static QdkModule Load(string? directory)
    {
        var dir = ResolveDirectory(directory);
        foreach (var file in new[] { ModuleFile, WasmFile })
        {
            if (!File.Exists(Path.Combine(dir, file)))
                throw new QSharpHostException(
                    $"{Path.Combine(dir, file)}: not found. The Q# compiler comes from the npm package qsharp-lang, " +
                    "restored by 'dotnet build' of QuantumML.QSharp; build the solution again.");
        }
        return Cache.GetOrAdd(dir, d => new Lazy<QdkModule>(() => new QdkModule(d))).Value;
    }

    private static string ReadVersion(string directory)
    {
        var manifest = Path.Combine(directory, "package.json");
        if (!File.Exists(manifest)) return "unknown";
        using var doc = JsonDocument.Parse(File.ReadAllText(manifest));
        return doc.RootElement.TryGetProperty("version", out var v) ? v.GetString() ?? "unknown" : "unknown";
    }

    private static string ReadHostScript()
    {
        using var stream = typeof(QdkModule).Assembly.GetManifestResourceStream("QuantumML.QSharp.host.js")
            ?? throw new QSharpHostException("The host script is missing from QuantumML.QSharp.dll.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
