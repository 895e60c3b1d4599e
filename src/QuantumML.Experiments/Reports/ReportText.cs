using System.Globalization;
using System.Text;
using QuantumML.Experiments.Results;

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

    /// <summary>The figures, one Markdown image each.</summary>
    public static void Figures(StringBuilder sb, IEnumerable<(string Title, string File)> figures)
    {
        sb.AppendLine("## Figures").AppendLine();
        foreach (var (title, file) in figures) sb.AppendLine(CultureInfo.InvariantCulture, $"![{title}]({file})").AppendLine();
    }
}
