namespace QuantumML.Experiments.Running;

/// <summary>What <c>qml run</c> asks for: a spec, where its results go, and which of its jobs to run.</summary>
/// <param name="SpecFile">The spec file as given.</param>
public sealed record RunRequest(string SpecFile)
{
    /// <summary>The results folder; null: <c>results/NAME/UTC-TIMESTAMP/</c> beside the spec (<c>shard-K-of-N</c> for a shard).</summary>
    public string? Out { get; init; }

    /// <summary>A folder an earlier run wrote, to finish: its finished runs are kept and only the missing ones run.</summary>
    public string? Resume { get; init; }

    /// <summary>The shard to run, or null for every job.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Whether the spec's data files may lie outside its folder.</summary>
    public bool AllowOutsideData { get; init; }
}
