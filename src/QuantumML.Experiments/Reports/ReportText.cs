using System.Globalization;
using System.Text;
using QuantumML.Experiments.Results;
using QuantumML.QSharp.Estimates;
using QuantumML.IO;

namespace QuantumML.Experiments.Reports;

/// <summary>Text every report opens with.</summary>
internal static class ReportText
{
    /// <summary>The title and the description, if any.</summary>
    public static void Title(StringBuilder sb, ExperimentResult result, string fallback)
    {
        sb.AppendLine(CultureInfo.InvariantCulture, $"# {result.Spec["name"]?.GetValue<string>() ?? fallback}").AppendLine();
        if (result.Spec["description"]?.GetValue<string>() is { Length: > 0 } description) sb.AppendLine(description).AppendLine();
    }

    /// <summary>The bullet saying where and with what the experiment ran.</summary>
    public static string Environment(ExperimentResult result) => string.Create(CultureInfo.InvariantCulture,
        $"- qsharp-lang {result.Environment.QdkVersion}, .NET {result.Environment.Dotnet}, {result.Environment.Processors} processors, started {result.Environment.StartedUtc}, wall time {result.Environment.WallSeconds:0.0} s");

    /// <summary>Writes each traced circuit's SVG into <c>plots/</c> and lists them with their size: one per job,
    /// from the first seed.</summary>
    public static string Circuits(ExperimentResult result, string folder)
    {
        var traced = result.Runs.Where(r => r.Circuit is not null).GroupBy(r => r.Model).Select(g => g.First()).ToList();
        if (traced.Count == 0) return "";
        var sb = new StringBuilder();
        sb.AppendLine("## Circuits").AppendLine();
        sb.AppendLine("Each quantum job's circuit as the QDK's circuit tracer sees it (first seed, trained or optimized parameters), with its size. Counts are of the simulator's gate set.").AppendLine();
        sb.AppendLine("| job | size | gates | diagram |");
        sb.AppendLine("| --- | --- | --- | --- |");
        foreach (var run in traced)
        {
            var file = $"circuit-{RunStore.FileName(run.Model, run.Seed).Replace(".json", ".svg", StringComparison.Ordinal)}";
            AtomicFile.WriteText(Path.Combine(folder, "plots", file), run.Circuit!.Svg);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {run.Model} | {run.Circuit.Summary} | {run.Circuit.Counts} | [plots/{file}](plots/{file}) |");
        }
        sb.AppendLine();
        var projected = traced.Where(r => r.Circuit!.Estimate is not null).ToList();
        if (projected.Count > 0)
        {
            sb.AppendLine("### Fault-tolerant projection").AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"What one circuit, and the circuits of one training epoch run one after another, would need on a fault-tolerant machine: the QDK resource estimator's projection ({projected[0].Circuit!.Estimate!.QubitModel}, surface code, error budget 0.001), not a measurement.").AppendLine();
            sb.AppendLine("| job | logical qubits | T states | physical qubits | one circuit | one training epoch |");
            sb.AppendLine("| --- | --- | --- | --- | --- | --- |");
            foreach (var run in projected)
            {
                var e = run.Circuit!.Estimate!;
                var epochs = Math.Max(1, run.Epochs.Count);
                var perEpoch = run.Metrics.GetValueOrDefault(MetricNames.CircuitEvaluations) / epochs;
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {run.Model} | {e.LogicalQubits} | {EstimateFormat.Count(e.TStates)} | {EstimateFormat.Count(e.PhysicalQubits)} | {EstimateFormat.Duration(e.RuntimeNanoseconds)} | {EstimateFormat.Duration(e.RuntimeNanoseconds * perEpoch)} ({perEpoch:0} circuits) |");
            }
            sb.AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>The table printed after a run of a task: one row per job, its name padded to the longest, then
    /// <paramref name="header"/> over the <paramref name="cells"/> of each job's runs (invariant culture).</summary>
    public static string JobTable(ExperimentResult result, FormattableString header, Func<IGrouping<string, RunRecord>, FormattableString> cells)
    {
        var groups = result.Runs.GroupBy(r => r.Model).ToList();
        var width = Math.Max(3, groups.Max(g => g.Key.Length));
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"job".PadRight(width)}  {FormattableString.Invariant(header)}");
        foreach (var g in groups) sb.AppendLine(CultureInfo.InvariantCulture, $"{g.Key.PadRight(width)}  {FormattableString.Invariant(cells(g))}");
        return sb.ToString();
    }

    /// <summary>The figures, one Markdown image each.</summary>
    public static void Figures(StringBuilder sb, IEnumerable<(string Title, string File)> figures)
    {
        sb.AppendLine("## Figures").AppendLine();
        foreach (var (title, file) in figures) sb.AppendLine(CultureInfo.InvariantCulture, $"![{title}]({file})").AppendLine();
    }
}
