using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks;

namespace QuantumML.Experiments.Reports;

/// <summary>Writes <c>report.md</c> and its plots beside <c>results.json</c>, in the form of the result's task.</summary>
public static class ReportWriter
{
    /// <summary>The report's file name.</summary>
    public const string FileName = "report.md";

    /// <summary>Renders the report of <paramref name="result"/> into <paramref name="folder"/>; returns its path.</summary>
    public static string Write(string folder, ExperimentResult result) => ExperimentTasks.Of(result).WriteReport(folder, result);

    /// <summary>The summary table printed after a run.</summary>
    public static string Table(ExperimentResult result) => ExperimentTasks.Of(result).Table(result);
}
