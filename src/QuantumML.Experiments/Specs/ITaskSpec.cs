using System.Text.Json.Nodes;
using QuantumML.Catalogues;

namespace QuantumML.Experiments.Specs;

/// <summary>What every experiment spec has, whatever its task: a name, seeds, and the (seed, job) grid that
/// results, resume, shards and merge are keyed on.</summary>
public interface ITaskSpec
{
    /// <summary>The experiment's name; it names the results folder.</summary>
    string Name { get; }

    /// <summary>The task's name (<see cref="Tasks.ExperimentTasks"/>).</summary>
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

    /// <summary>The data files the spec reads, each with "FILE: $.json.path" of its field (see <see cref="DataPaths"/>).</summary>
    /// <param name="specFile">The spec file, for the field names.</param>
    IEnumerable<(string Field, string Path)> DataFiles(string specFile);

    /// <summary>Where <paramref name="job"/> comes from in the spec, for messages: the JSON path of its entry's name, or
    /// "job 'NAME'".</summary>
    string Origin(string job) => $"job '{job}'";
}

/// <summary>The job grid of a spec.</summary>
public static class TaskJobs
{
    /// <summary>Every (seed, job) pair: seeds outer, jobs inner.</summary>
    public static IReadOnlyList<(int Seed, string Job)> Of(ITaskSpec spec) =>
        spec.Seeds.SelectMany(seed => spec.JobNames.Select(job => (seed, job))).ToList();

    /// <summary>Orders records as <see cref="Of"/> lists their jobs.</summary>
    public static IReadOnlyList<Results.RunRecord> InOrder(ITaskSpec spec, IEnumerable<Results.RunRecord> records)
    {
        var order = Of(spec).Select((j, i) => (Key: (j.Job, j.Seed), i)).ToDictionary(x => x.Key, x => x.i);
        return records.OrderBy(r => order.TryGetValue((r.Model, r.Seed), out var i) ? i : int.MaxValue).ToList();
    }
}
