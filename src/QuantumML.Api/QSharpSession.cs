using QuantumML.QSharp;

namespace QuantumML.Api;

/// <summary>A Q# runtime opened on one Q# project folder: what quantum classifiers run, and a way to run any Q#
/// expression of the project.</summary>
public sealed class QSharpSession : IDisposable
{
    private static readonly Lazy<QSharpSession> s_default = new(() => Open(FindDefault()
        ?? throw new QSharpProjectException("No Q# project found: no 'quantum/qsharp.json' in this folder or above it; open your own with QSharpSession.Open(folder).")));

    private readonly SemaphoreSlim _checkLock = new(1, 1);
    private CheckResult? _check;

    private QSharpSession(QSharpRuntime runtime, QSharpProject project)
    {
        Runtime = runtime;
        Project = project;
    }

    /// <summary>The repository's <c>quantum/</c> project (the nearest above the working folder), opened once per process.</summary>
    public static QSharpSession Default => s_default.Value;

    /// <summary>The runtime (a pool of engines, one per core).</summary>
    public QSharpRuntime Runtime { get; }

    /// <summary>The project: its <c>qsharp.json</c> and sources.</summary>
    public QSharpProject Project { get; }

    /// <summary>Opens the Q# project in <paramref name="folder"/> (a <c>qsharp.json</c> and <c>src/**/*.qs</c>).</summary>
    /// <exception cref="QSharpProjectException">The folder is not a Q# project.</exception>
    public static QSharpSession Open(string folder) => new(NewRuntime(), QSharpProject.Load(folder));

    /// <summary>A runtime that finds the Q# compiler beside these assemblies when the host program has none beside it
    /// (a notebook kernel or a script host loads them from elsewhere).</summary>
    internal static QSharpRuntime NewRuntime()
    {
        var beside = Path.Combine(Path.GetDirectoryName(typeof(QSharpRuntime).Assembly.Location) ?? AppContext.BaseDirectory, "qsharp");
        var own = Path.Combine(AppContext.BaseDirectory, "qsharp");
        return new QSharpRuntime(new QSharpRuntimeOptions { ModuleDirectory = Directory.Exists(own) || !Directory.Exists(beside) ? null : beside });
    }

    /// <summary>Compiles the project once and returns what it declares (cached); errors are in its diagnostics.</summary>
    public async Task<CheckResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        await _checkLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _check ??= await Runtime.CheckAsync(Project, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _checkLock.Release();
        }
    }

    /// <summary>Runs a Q# <paramref name="expression"/> of the project <paramref name="shots"/> times.</summary>
    public Task<RunResult> RunAsync(string expression, int shots = 1, int? seed = null, CancellationToken cancellationToken = default) =>
        Runtime.RunAsync(Project, expression, new RunOptions { Shots = shots, Seed = seed }, cancellationToken);

    /// <inheritdoc/>
    public void Dispose()
    {
        Runtime.Dispose();
        _checkLock.Dispose();
    }

    private static string? FindDefault()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "quantum");
                if (File.Exists(Path.Combine(candidate, "qsharp.json"))) return candidate;
            }
        }
        return null;
    }
}
