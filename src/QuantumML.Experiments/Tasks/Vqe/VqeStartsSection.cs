using System.Globalization;
using System.Text;
using QuantumML.Experiments.Results;

namespace QuantumML.Experiments.Tasks.Vqe;

/// <summary>The VQE report's account of multi-start runs: per job, how many starts reached chemical accuracy and where
/// every start ended.</summary>
internal static class VqeStartsSection
{
    /// <summary>The Markdown section, or empty when no run had several starts.</summary>
    public static string Render(ExperimentResult result)
    {
        var jobs = result.Runs.Where(r => r.Metrics.ContainsKey(VqeMetrics.Starts)).GroupBy(r => r.Model).ToList();
        if (jobs.Count == 0) return "";
        var sb = new StringBuilder();
        sb.AppendLine().AppendLine("## Starts").AppendLine();
        sb.AppendLine("A multi-start configuration runs its optimizer from several initial points, each with the whole iteration budget, and keeps the lowest final energy (the energy and error above are that start's). `init: near-hf` starts from the parameters that prepare the Hartree-Fock state (the first start exactly, the others within ±init_scale of it in every angle); `init: random` from uniform angles in ±init_scale. Where the starts got: each start's final error |E − E₀|, over all seeds, sorted; a start that stalls stalls at the energy of a state the optimizer cannot leave from there (a local minimum, or a state of another particle number).").AppendLine();
        sb.AppendLine("| job | starts × seeds | best start within 1.6 mHa | starts within 1.6 mHa | final errors of the starts (sorted) |");
        sb.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var g in jobs)
        {
            var runs = g.ToList();
            var errors = runs.SelectMany(r => r.Metrics.Where(m => m.Key.StartsWith(VqeMetrics.StartErrorPrefix, StringComparison.Ordinal)).Select(m => m.Value)).Order().ToList();
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {g.Key} | {runs[0].Metrics[VqeMetrics.Starts]:0} × {runs.Count} | {runs.Count(r => r.Metrics[VqeMetrics.Error] < VqeReport.ChemicalAccuracy)} of {runs.Count} seeds | {runs.Sum(r => r.Metrics[VqeMetrics.StartsReached]):0} of {runs.Sum(r => r.Metrics[VqeMetrics.Starts]):0} | {string.Join(", ", errors.Select(e => e.ToString("0.0e+0", CultureInfo.InvariantCulture)))} |");
        }
        return sb.ToString();
    }
}
