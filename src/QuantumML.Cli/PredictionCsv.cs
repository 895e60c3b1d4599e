using System.Globalization;
using System.Text;
using QuantumML.Models;

namespace QuantumML.Cli;

/// <summary>Predictions as CSV: a <c>prediction</c> column of class names and, on request, one <c>proba_CLASS</c>
/// column per class, one row per input row in input order.</summary>
internal static class PredictionCsv
{
    /// <summary>The CSV text; probabilities are written in their shortest round-trip form.</summary>
    public static string Format(IReadOnlyList<string> classes, double[][] probabilities, bool withProbabilities)
    {
        var text = new StringBuilder("prediction");
        if (withProbabilities) foreach (var name in classes) text.Append(",proba_").Append(name);
        text.Append('\n');
        foreach (var row in probabilities)
        {
            text.Append(classes[ClassifierExtensions.ArgMax(row)]);
            if (withProbabilities) foreach (var p in row) text.Append(',').Append(p.ToString("R", CultureInfo.InvariantCulture));
            text.Append('\n');
        }
        return text.ToString();
    }
}
