using QuantumML.Classroom.Grading;
using ScottPlot;
using QuantumML.IO;

namespace QuantumML.Classroom.Reports;

/// <summary>The histogram of total scores: one bar per score from 0 to the maximum, drawn with ScottPlot.</summary>
public static class ScoreHistogram
{
    /// <summary>The file's name.</summary>
    public const string FileName = "scores.png";

    /// <summary>Students per total score, from 0 to the assignment's maximum.</summary>
    public static int[] Counts(Gradebook gradebook)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        var counts = new int[gradebook.Assignment.MaxPoints + 1];
        foreach (var student in gradebook.Students) counts[student.Points]++;
        return counts;
    }

    /// <summary>Saves the histogram as a PNG at <paramref name="path"/>.</summary>
    public static void Save(Gradebook gradebook, string path)
    {
        var counts = Counts(gradebook);
        var plot = new Plot();
        for (var score = 0; score < counts.Length; score++)
        {
            if (counts[score] > 0)
                plot.Add.Bar(new Bar { Position = score, Value = counts[score], FillColor = Colors.SteelBlue, Size = 0.8 });
        }
        plot.Axes.SetLimitsX(-0.6, counts.Length - 0.4);
        plot.Axes.SetLimitsY(0, Math.Max(1, counts.Max()) * 1.15);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Title($"{gradebook.Assignment.Name}: total scores of {gradebook.Students.Count} student(s)");
        plot.XLabel($"total score (out of {gradebook.Assignment.MaxPoints})");
        plot.YLabel("students");
        AtomicFile.Write(path, temp => plot.SavePng(temp, 900, 480));
    }
}
