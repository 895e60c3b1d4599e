using System.Globalization;
using System.Text.RegularExpressions;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks;
using QuantumML.IO;
using QuantumML.Settings;

namespace QuantumML.Experiments.Specs;

/// <summary>Reads a spec of any task: the root's <c>"task"</c> field (default classification) picks the reader.</summary>
public static partial class TaskSpecLoader
{
    /// <summary>Loads <paramref name="path"/>; every problem is a <see cref="SpecException"/> naming the file and the JSON path.</summary>
    /// <param name="path">The spec file.</param>
    /// <param name="checkFiles">Whether data files must exist.</param>
    /// <param name="allowOutsideData">Whether data files may lie outside the spec's folder (and the folders below it).</param>
    public static ITaskSpec Load(string path, bool checkFiles = true, bool allowOutsideData = false)
    {
        string text;
        try
        {
            text = DataFile.ReadText(path, SpecLimits.MaxSpecBytes, "spec file");
        }
        catch (DataFileException e)
        {
            throw new SpecException(e.Message);
        }
        var spec = Parse(text, path, checkFiles);
        if (!allowOutsideData) DataPaths.CheckInside(spec, path);
        return spec;
    }

    /// <summary>Parses spec text; <paramref name="file"/> names it in messages and anchors relative paths.</summary>
    public static ITaskSpec Parse(string text, string file, bool checkFiles = true)
    {
        var root = new SettingsReader(SettingsReader.Parse(text, file), "$", file);
        EnergySettings.Read(root);   // every task's spec may carry it; the runner reads it again from the spec
        var spec = ExperimentTasks.Of(root.Choice("task", ExperimentTasks.Default, [.. ExperimentTasks.Names])).Parse(root, checkFiles);
        CheckJobs(spec, file);
        return spec;
    }

    /// <summary>Checks what every task shares: the number of runs, and job names that make distinct, valid file names
    /// (each job's runs are saved as <c>runs/NAME.seedN.json</c>, and a classification model as <c>models/NAME-seedN.json</c>).</summary>
    private static void CheckJobs(ITaskSpec spec, string file)
    {
        var runs = (long)spec.JobNames.Count * spec.Seeds.Count;
        if (runs > SpecLimits.MaxRuns)
        {
            throw new SpecException(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {spec.JobNames.Count} jobs × {spec.Seeds.Count} seeds is {runs:N0} runs; at most {SpecLimits.MaxRuns:N0} (fewer seeds, models or sweep points)"));
        }
        var byFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var job in spec.JobNames)
        {
            if (job.Length > SpecLimits.MaxNameLength)
                throw new SpecException($"{file}: {spec.Origin(job)} makes the job name '{job[..40]}…', {job.Length} characters long; at most {SpecLimits.MaxNameLength} (it names the job's files)");
            var safe = RunStore.SafeName(job);
            if (byFile.TryGetValue(safe, out var other))
            {
                throw new SpecException($"{file}: {spec.Origin(job)}: the jobs '{other}' and '{job}' would both be saved as {RunStore.RunsFolder}/{safe}.seedN.json " +
                    "(characters other than letters, digits, '-', '_' and '.' become '_'); rename one");
            }
            byFile[safe] = job;
        }
    }

    /// <summary>Reads a spec's name and checks it can name a folder.</summary>
    internal static string NameOf(SettingsReader root)
    {
        var name = root.Text("name");
        if (name.Length > SpecLimits.MaxNameLength)
            throw root.Error($"$.name is {name.Length} characters long; at most {SpecLimits.MaxNameLength} (it names the results folder)");
        if (!NamePattern().IsMatch(name))
            throw root.Error($"$.name '{name}' must be letters, digits, '-' or '_' (it names the results folder)");
        return name;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex NamePattern();
}
