using System.Globalization;
using System.Text;
using QuantumML.Experiments.Results;

namespace QuantumML.Experiments.Reports;

/// <summary>The report's engine table: per model and circuit, which engine ran it in how many runs, the largest difference
/// the compiled engine showed against the QDK simulator where it was checked, and why the QDK ran it where it did.</summary>
public static class EngineSection
{
    /// <summary>The Markdown section, or empty when no run recorded its engines (classical runs, older results).</summary>
    public static string Render(ExperimentResult result)
    {
        var rows = result.Runs.Where(r => r.Engines is not null)
            .SelectMany(r => r.Engines!.Select(e => (Model: r.Group ?? r.Model, Engine: e)))
            .GroupBy(t => (t.Model, t.Engine.Circuit))
            .ToList();
        if (rows.Count == 0) return "";
        var sb = new StringBuilder();
        sb.AppendLine("## Engines");
        sb.AppendLine();
        sb.AppendLine("The compiled engine runs the QIR the QDK compiler emits for a circuit on a native state-vector simulator. Before a run relies on it, "
            + "its final states are compared with the QDK simulator's `DumpMachine` at random (features, parameters) points: every amplitude must agree "
            + "to 1e-10, global phase aside, or the run uses the QDK simulator instead. The QDK simulator also runs whatever the compiled engine cannot "
            + "(shots measured in Q#, noise, mid-circuit measurement) and every model with `\"engine\": \"qdk\"`.");
        sb.AppendLine();
        sb.AppendLine("| model | circuit | engine | runs | largest difference from the QDK | why the QDK |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var g in rows)
        {
            foreach (var byEngine in g.GroupBy(t => t.Engine.Engine))
            {
                var checks = byEngine.Select(t => t.Engine.CheckMaxDifference).OfType<double>().ToList();
                var reasons = string.Join("; ", byEngine.Select(t => t.Engine.Reason).OfType<string>().Distinct(StringComparer.Ordinal));
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {g.Key.Model} | `{Shorten(g.Key.Circuit)}` | {byEngine.Key} | {byEngine.Count()} | {(checks.Count == 0 ? "—" : checks.Max().ToString("0.0e0", CultureInfo.InvariantCulture))} | {(reasons.Length == 0 ? "—" : reasons)} |");
            }
        }
        sb.AppendLine();
        return sb.ToString();
    }

    private static string Shorten(string circuit) => circuit.Length <= 120 ? circuit : circuit[..117] + "...";
}
