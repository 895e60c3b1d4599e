using System.CommandLine;
using System.Globalization;
using QuantumML.Data;
using QuantumML.IO;
using QuantumML.Metrics;
using QuantumML.Models;
using QuantumML.Persistence;
using QuantumML.QSharp;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml predict MODEL.json DATA.csv</c>: loads a saved model, applies its preprocessing and predicts.</summary>
internal sealed class PredictCommand : BaseCommand
{
    private static readonly Argument<string> s_model = new("model") { Description = "A model file written by 'qml run' (RESULTS/models/MODEL-seedN.json)." };
    private static readonly Argument<string> s_data = new("data")
    {
        Description = "A CSV file: a header, the model's feature columns (raw, before preprocessing), optionally a final 'label' column (then the accuracy is printed).",
    };
    private static readonly Option<string?> s_out = new("--out") { Description = "Write the predictions to FILE (atomically) instead of stdout." };
    private static readonly Option<bool> s_proba = new("--proba") { Description = "Add one probability column per class." };
    private static readonly Option<string?> s_project = new("--project")
    {
        Description = "The Q# project a quantum model runs; default: the repository's quantum/ folder, else the folder the model was trained with.",
    };

    public PredictCommand() : base("predict", "Predict with a saved model: labels (and probabilities with --proba) as CSV.")
    {
        Arguments.Add(s_model);
        Arguments.Add(s_data);
        Options.Add(s_out);
        Options.Add(s_proba);
        Options.Add(s_project);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var modelPath = parseResult.GetValue(s_model)!;
        var dataPath = parseResult.GetValue(s_data)!;
        var outPath = parseResult.GetValue(s_out);
        if (outPath is not null) OutputPaths.CheckFile(outPath, "--out", dataPath, modelPath);
        ModelFile file;
        try
        {
            file = ModelFiles.Read(modelPath);
        }
        catch (ModelFileException e)
        {
            throw new UsageException(e.Message);
        }
        var table = ReadData(dataPath, file, modelPath);
        foreach (var warning in ColumnWarnings(table, file, dataPath, modelPath)) await stderr.WriteLineAsync($"qml predict: warning: {warning}").ConfigureAwait(false);
        var labels = table.Labels is null ? null : ClassIndices(table, file, dataPath);

        QSharpProject? project = null;
        using var runtime = file.QSharp is null ? null : new QSharpRuntime();
        if (file.QSharp is { } fingerprint)
        {
            project = LocateProject(parseResult.GetValue(s_project), fingerprint, stderr);
            var check = await runtime!.CheckAsync(project, cancellationToken).ConfigureAwait(false);
            if (!check.Success)
            {
                WriteDiagnostics(stderr, project, check.Diagnostics);
                return ExitCodes.Failure;
            }
            foreach (var warning in fingerprint.ChangesSince(check)) await stderr.WriteLineAsync($"qml predict: warning: {modelPath}: {warning}").ConfigureAwait(false);
        }

        // A Q# failure (the project no longer compiles the model's circuit) prints its diagnostics and gives null.
        async Task<T?> Run<T>(Func<Task<T>> call) where T : class =>
            project is null ? await call().ConfigureAwait(false) : await CallQSharpAsync(call, project, stderr).ConfigureAwait(false);
        ModelPipeline? pipeline;
        try
        {
            pipeline = await Run(() => ModelPipeline.RestoreAsync(file, modelPath, runtime, project, cancellationToken)).ConfigureAwait(false);
        }
        catch (ModelFileException e)
        {
            throw new UsageException(e.Message);
        }
        if (pipeline is null) return ExitCodes.Failure;
        var probabilities = await Run(() => pipeline.PredictProbabilitiesAsync(table.Features, cancellationToken)).ConfigureAwait(false);
        if (probabilities is null) return ExitCodes.Failure;

        var csv = PredictionCsv.Format(file.Classes, probabilities, parseResult.GetValue(s_proba));
        var summary = outPath is null ? stderr : stdout;
        if (outPath is null)
        {
            await stdout.WriteAsync(csv).ConfigureAwait(false);
        }
        else
        {
            AtomicFile.WriteText(outPath, csv);
            await summary.WriteLineAsync($"{probabilities.Length} predictions written to {outPath}").ConfigureAwait(false);
        }
        if (labels is not null)
        {
            var correct = labels.Where((label, i) => ClassifierExtensions.ArgMax(probabilities[i]) == label).Count();
            var accuracy = ClassificationMetrics.Accuracy(labels, probabilities.Select(ClassifierExtensions.ArgMax).ToArray());
            await summary.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"accuracy {accuracy:R} ({correct} of {labels.Length} rows of {dataPath})")).ConfigureAwait(false);
        }
        return ExitCodes.Success;
    }

    /// <summary>The data rows; a file with another number of feature columns than the model takes is refused.</summary>
    private static CsvTable ReadData(string dataPath, ModelFile file, string modelPath)
    {
        CsvTable table;
        try
        {
            using var reader = new StringReader(DataFile.ReadText(dataPath, what: "data file"));
            table = CsvDataset.ReadTable(reader, dataPath, requireLabel: false);
        }
        catch (DataFileException e)
        {
            throw new UsageException(e.Message);
        }
        catch (DataFormatException e)
        {
            throw new UsageException(e.Message);
        }
        if (table.FeatureNames.Length != file.Features.Length)
        {
            throw new UsageException(
                $"{dataPath}: the model {modelPath} takes {file.Features.Length} feature columns ({string.Join(", ", file.Features)}), " +
                $"but the file has {table.FeatureNames.Length} ({string.Join(", ", table.FeatureNames)}){(table.Labels is null ? "" : " before its label column")}.");
        }
        return table;
    }

    private static IEnumerable<string> ColumnWarnings(CsvTable table, ModelFile file, string dataPath, string modelPath)
    {
        if (!table.FeatureNames.SequenceEqual(file.Features, StringComparer.Ordinal))
            yield return $"{dataPath}'s columns ({string.Join(", ", table.FeatureNames)}) are not named as {modelPath}'s features ({string.Join(", ", file.Features)}); they are used in their order.";
    }

    /// <summary>The label column as the model's class indices; a class the model does not know is refused.</summary>
    private static int[] ClassIndices(CsvTable table, ModelFile file, string dataPath) => table.Labels!.Select((name, i) =>
    {
        var index = Array.IndexOf(file.Classes, name);
        return index >= 0 ? index
            : throw new UsageException($"{dataPath}:{table.Lines[i]}: column 'label': the class is not one of the model's ({string.Join(", ", file.Classes)}).");
    }).ToArray();

    /// <summary><c>--project</c>, else the repository's <c>quantum/</c> folder as <c>qml run</c> finds it, else the folder the model was trained with.</summary>
    private static QSharpProject LocateProject(string? option, QSharpFingerprint fingerprint, TextWriter stderr)
    {
        if (option is not null) return ProjectLocator.Load(option);
        var folder = ProjectLocator.FindDefault() ?? (Directory.Exists(fingerprint.Project) ? fingerprint.Project : null)
            ?? throw new UsageException($"No Q# project found: no '{ProjectLocator.DefaultFolder}/qsharp.json' in this folder or above it, and the model's ({fingerprint.Project}) is gone. Pass --project DIR.");
        var project = ProjectLocator.Load(folder);
        if (project.Directory != Path.GetFullPath(fingerprint.Project))
            stderr.WriteLine($"qml predict: the model was trained with the Q# project {fingerprint.Project}; running it with {project.Directory}.");
        return project;
    }
}
