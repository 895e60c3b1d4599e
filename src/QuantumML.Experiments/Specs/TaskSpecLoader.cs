using System.Globalization;
using QuantumML.Experiments.Results;
using QuantumML.IO;

namespace QuantumML.Experiments.Specs;

/// <summary>Reads a spec of any task: the root's <c>"task"</c> field (default classification) picks the reader.</summary>
public static class TaskSpecLoader
{
    /// <summary>The tasks a spec may name.</summary>
    public static readonly string[] Tasks = ["classification", "vqe", "optimization", "graph"];

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
        var spec = root.Choice("task", "classification", Tasks) switch
        {
            "vqe" => VqeSpecLoader.Parse(root, checkFiles),
            "optimization" => OptimizationSpecLoader.Parse(root, checkFiles),
            "graph" => GraphSpecLoader.Parse(root, checkFiles),
            _ => (ITaskSpec)SpecLoader.Parse(root, checkFiles),
        };
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
                throw new SpecException($"{file}: {Where(spec, job)} makes the job name '{job[..40]}…', {job.Length} characters long; at most {SpecLimits.MaxNameLength} (it names the job's files)");
            var safe = RunStore.SafeName(job);
            if (byFile.TryGetValue(safe, out var other))
            {
                throw new SpecException($"{file}: {Where(spec, job)}: the jobs '{other}' and '{job}' would both be saved as {RunStore.RunsFolder}/{safe}.seedN.json " +
                    "(characters other than letters, digits, '-', '_' and '.' become '_'); rename one");
            }
            byFile[safe] = job;
        }
    }

    /// <summary>Where a job comes from in the spec, when its task says so.</summary>
    private static string Where(ITaskSpec spec, string job) => spec switch
    {
        ExperimentSpec e when e.Models.FirstOrDefault(m => m.Name == job) is { } m => $"{m.Settings.Path}.name",
        VqeSpec v when v.Jobs.FirstOrDefault(j => j.Job == job) is { Model: { } m } => $"{m.Path}.name",
        _ => $"job '{job}'",
    };
}
