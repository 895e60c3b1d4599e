using QuantumML.Experiments.Results;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Selects, per seed, each swept model's candidate by its cross-validation score on the training split, and
/// never by any test metric: highest mean fold accuracy; ties (equal to 1e-9) go to the lower fold standard
/// deviation, then to the earlier candidate of the sweep.</summary>
public static class SweepSelection
{
    /// <summary>One swept model on one seed: the candidates present and the one selected.</summary>
    /// <param name="Model">The swept model's name in the spec.</param>
    /// <param name="Seed">The seed.</param>
    /// <param name="Selected">The chosen candidate's run.</param>
    /// <param name="Candidates">Every candidate run of this seed present in the result, in sweep order.</param>
    public sealed record Choice(string Model, int Seed, RunRecord Selected, IReadOnlyList<RunRecord> Candidates);

    /// <summary>Every (swept model, seed) of the result with its selection, in the order the runs list them.</summary>
    public static IReadOnlyList<Choice> Choose(ExperimentResult result) =>
        result.Runs.Where(r => r.Sweep is not null)
            .GroupBy(r => (r.Sweep!.Model, r.Seed))
            .Select(g => new Choice(g.Key.Model, g.Key.Seed, Best(g), g.OrderBy(r => r.Sweep!.Candidate).ToList()))
            .ToList();

    /// <summary>The candidate with the best cross-validation score; reads no test metric.</summary>
    public static RunRecord Best(IEnumerable<RunRecord> candidates) =>
        candidates
            .OrderByDescending(r => Math.Round(r.Metrics[MetricNames.CvAccuracy], 9))
            .ThenBy(r => Math.Round(r.Metrics[MetricNames.CvAccuracySd], 9))
            .ThenBy(r => r.Sweep!.Candidate)
            .First();

    /// <summary>The result as the report compares models: each swept model's candidates of a seed replaced by the
    /// selected one, under the model's own name, where the first of them stood.</summary>
    public static ExperimentResult View(ExperimentResult result)
    {
        if (result.Runs.All(r => r.Sweep is null)) return result;
        var selected = Choose(result).ToDictionary(c => (c.Model, c.Seed), c => c.Selected);
        var runs = new List<RunRecord>();
        var placed = new HashSet<(string, int)>();
        foreach (var run in result.Runs)
        {
            if (run.Sweep is null)
            {
                runs.Add(run);
                continue;
            }
            var key = (run.Sweep.Model, run.Seed);
            if (placed.Add(key)) runs.Add(selected[key] with { Model = run.Sweep.Model, Group = null, Sweep = null });
        }
        return result with { Runs = runs };
    }
}
