using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks;
using QuantumML.Settings;

namespace QuantumML.Experiments.Results;

/// <summary>Checks what a run file's JSON shape cannot say: that the run is one of its spec's (job, seed) runs, saved under
/// its own file name, with arrays that agree with each other and the metrics the report reads for its task.</summary>
/// <remarks>Every check here is something <c>qml run</c> always writes, so a file that fails one was damaged or edited;
/// the report and merge then never meet a run they would crash on.</remarks>
public static class RunRecordCheck
{
    /// <summary>Throws a <see cref="ResultsFileException"/> naming <paramref name="file"/> and the field when
    /// <paramref name="run"/> is not a sound run of <paramref name="spec"/>.</summary>
    /// <param name="run">The run.</param>
    /// <param name="spec">The spec of its folder.</param>
    /// <param name="file">Its file: a run file of <c>runs/</c>, or the <c>results.json</c> that lists it.</param>
    /// <param name="at">Its JSON path in the file: <c>$</c> for a run file, <c>$.runs[i]</c> in results.json.</param>
    public static void Check(RunRecord run, ITaskSpec spec, string file, string at = "$")
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(at);
        ResultsFileException Error(string message) => new($"{file}: {(at == "$" ? message : message.Replace("$.", at + ".", StringComparison.Ordinal))}");

        if (!spec.JobNames.Contains(run.Model, StringComparer.Ordinal))
            throw Error($"$.model names a job '{run.Model}' that the spec of this folder does not have");
        if (!spec.Seeds.Contains(run.Seed)) throw Error($"$.seed {run.Seed} is not one of the spec's seeds");
        if (at == "$" && Path.GetFileName(file) != RunStore.FileName(run.Model, run.Seed))
            throw Error($"holds the run of '{run.Model}' seed {run.Seed}, which is saved as {RunStore.FileName(run.Model, run.Seed)}; the file was renamed or copied over");
        if (run.Kind is not ("quantum" or "classical")) throw Error("$.kind must be \"quantum\" or \"classical\"");
        if (run.TestPredictions.Length != run.TestLabels.Length)
            throw Error($"$.test_predictions has {run.TestPredictions.Length} values but $.test_labels has {run.TestLabels.Length}");
        if (run.TestPredictions.Concat(run.TestLabels).Any(c => c < 0)) throw Error("$.test_predictions and $.test_labels must hold class numbers ≥ 0");

        var task = ExperimentTasks.Of(spec);
        if (task.RequiredMetrics(run).FirstOrDefault(m => !run.Metrics.ContainsKey(m)) is { } missing)
            throw Error($"$.metrics.{missing} is missing");
        task.CheckRun(run, Error);

        if (run.DecisionGrid is { } grid)
        {
            if (grid.Size is < 1 or > 1000 || grid.Classes.Length != grid.Size * grid.Size)
                throw Error($"$.decision_grid.classes has {grid.Classes.Length} values for a grid of size {grid.Size}");
            if (grid.TestX.Length != run.TestLabels.Length || grid.TestY.Length != run.TestLabels.Length)
                throw Error($"$.decision_grid.test_x and test_y must have one value per test label ({run.TestLabels.Length})");
        }
        if (run.KernelMatrix is { } kernel && (kernel.Labels.Length != kernel.Values.Length || kernel.Values.Any(row => row.Length != kernel.Values.Length)))
            throw Error("$.kernel_matrix.values must be square, with one label per row");
        if (run.Trace is { } trace && trace.Zip(trace.Skip(1)).Any(p => p.Second.Seconds < p.First.Seconds))
            throw Error("$.trace must run forward in time");
        if (run.Communities is { } communities) CheckCommunities(communities, Error);
        if (run.Fairness is { } fairness)
        {
            if (fairness.Groups.Length is 0 or > Fairness.SensitiveFeature.MaxGroups || fairness.GroupCounts.Length != fairness.Groups.Length)
                throw Error($"$.fairness.groups must name 1 to {Fairness.SensitiveFeature.MaxGroups} groups, with one count each");
            if (fairness.TestGroups.Length != run.TestLabels.Length || fairness.TestGroups.Any(g => g < 0 || g >= fairness.Groups.Length))
                throw Error($"$.fairness.test_groups must give each of the {run.TestLabels.Length} test labels a group in 0..{fairness.Groups.Length - 1}");
            if (fairness.PositiveClass < 0) throw Error("$.fairness.positive_class must be a class number ≥ 0");
        }
        if (run.Sweep is { } sweep && (sweep.Candidate < 0 || sweep.Candidate >= sweep.Candidates))
            throw Error($"$.sweep.candidate {sweep.Candidate} is not one of the {sweep.Candidates} candidates");
    }

    private static void CheckCommunities(CommunityRecord c, Func<string, ResultsFileException> error)
    {
        if (c.Graph is not { } g) return;
        if (g.Nodes < 1 || g.Nodes > SpecLimits.MaxGraphNodes) throw error($"$.communities.graph.nodes is {g.Nodes}; it must be in [1, {SpecLimits.MaxGraphNodes}]");
        if (g.Targets.Length != g.Sources.Length || g.Weights.Length != g.Sources.Length)
            throw error("$.communities.graph.sources, targets and weights must have one value per edge");
        try
        {
            g.ToGraph();
        }
        catch (ArgumentException e)
        {
            throw error($"$.communities.graph: {e.Message.Split(" (Parameter")[0]}");
        }
        if (c.Communities.Length != g.Nodes) throw error($"$.communities.communities has {c.Communities.Length} values for {g.Nodes} nodes");
        if (c.Communities.Any(v => v < 0)) throw error("$.communities.communities must hold community numbers ≥ 0");
        if (c.LabelledNodes.Any(v => v < 0 || v >= g.Nodes)) throw error($"$.communities.labelled_nodes names a node outside 0..{g.Nodes - 1}");
    }
}
