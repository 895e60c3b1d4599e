using System.Text.Json.Nodes;

namespace QuantumML.Experiments.Specs;

/// <summary>What every experiment spec has, whatever its task: a name, seeds, and the (seed, job) grid that
/// results, resume, shards and merge are keyed on.</summary>
public interface ITaskSpec
{
    /// <summary>The experiment's name; it names the results folder.</summary>
    string Name { get; }

    /// <summary>classification, vqe, optimization or graph.</summary>
    string Task { get; }

    /// <summary>Free text for the report.</summary>
    string Description { get; }

    /// <summary>One run of every job per seed.</summary>
    IReadOnlyList<int> Seeds { get; }

    /// <summary>The job names of one seed, in results order (models, expanded over instances and sweeps).</summary>
    IReadOnlyList<string> JobNames { get; }

    /// <summary>Whether any job runs Q#.</summary>
    bool UsesQSharp { get; }

    /// <summary>The spec as written.</summary>
    JsonObject Source { get; }

    /// <summary>One line for <c>qml list</c>.</summary>
    string Summary { get; }
}

/// <summary>The job grid of a spec.</summary>
public static class TaskJobs
{
    /// <summary>Every (seed, job) pair: seeds outer, jobs inner.</summary>
    public static IReadOnlyList<(int Seed, string Job)> Of(ITaskSpec spec) =>
        spec.Seeds.SelectMany(seed => spec.JobNames.Select(job => (seed, job))).ToList();
}
