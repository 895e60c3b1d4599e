using System.Security.Cryptography;
using System.Text;
using QuantumML.QSharp;

namespace QuantumML.Persistence;

/// <summary>Which Q# a model ran: its project, a hash of the whole project, and each callable it uses with a hash of
/// that callable's declaration, so that a changed source is noticed when the model is loaded.</summary>
/// <param name="Project">The project folder the model was trained with (or the name of an in-memory project).</param>
/// <param name="ProjectSha256">A hash of every source of the project, paths included.</param>
/// <param name="Callables">The callables the model's predictions run.</param>
public sealed record QSharpFingerprint(string Project, string ProjectSha256, IReadOnlyList<CallableFingerprint> Callables)
{
    /// <summary>The fingerprint of <paramref name="callables"/> in the project <paramref name="check"/> compiled.</summary>
    public static QSharpFingerprint Of(CheckResult check, IEnumerable<string> callables)
    {
        ArgumentNullException.ThrowIfNull(check);
        var project = check.Project;
        var entries = callables.Distinct(StringComparer.Ordinal).Select(name => check.Declarations.TryGetValue(name, out var d)
            ? new CallableFingerprint(name, d.File, Sha256(d.Text))
            : new CallableFingerprint(name, null, null)).ToList();
        return new QSharpFingerprint(project.Directory ?? project.Name, ProjectHash(project), entries);
    }

    /// <summary>What changed in <paramref name="current"/> (a compiled project) since the fingerprint was taken, one
    /// warning each, naming the callables; empty when nothing did.</summary>
    public IReadOnlyList<string> ChangesSince(CheckResult current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var warnings = new List<string>();
        var gone = Callables.Where(c => !current.Callables.Contains(c.Name)).Select(c => c.Name).ToList();
        if (gone.Count > 0) warnings.Add($"the Q# project no longer declares {string.Join(", ", gone)}, which this model runs");
        var changed = Callables
            .Where(c => c.Sha256 is not null && current.Declarations.TryGetValue(c.Name, out var d) && Sha256(d.Text) != c.Sha256)
            .Select(c => $"{c.Name} ({current.Declarations[c.Name].File})").ToList();
        if (changed.Count > 0) warnings.Add($"the Q# source of {string.Join(", ", changed)} changed since training; predictions may differ from the trained model's");
        if (warnings.Count == 0 && ProjectHash(current.Project) != ProjectSha256)
            warnings.Add($"the Q# project changed since training, though not the declarations this model runs ({string.Join(", ", Callables.Select(c => c.Name))}); what they call may have");
        return warnings;
    }

    /// <summary>A hash of every source of <paramref name="project"/>, paths included.</summary>
    public static string ProjectHash(QSharpProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Sha256(string.Concat(project.Sources.Select(s => $"{s.Path}\0{s.Text}\0")));
    }

    private static string Sha256(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>One Q# callable a model runs.</summary>
/// <param name="Name">The fully qualified name.</param>
/// <param name="File">The declaring source, or null when the project does not declare it (a library callable).</param>
/// <param name="Sha256">A hash of its declaration's text, or null with <paramref name="File"/>.</param>
public sealed record CallableFingerprint(string Name, string? File, string? Sha256);
