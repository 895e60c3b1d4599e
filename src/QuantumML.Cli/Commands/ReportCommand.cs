using System.CommandLine;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;
using QuantumML.Settings;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml report DIR</c>: renders <c>report.md</c> and its plots again from a results folder.</summary>
internal sealed class ReportCommand : BaseCommand
{
    private static readonly Argument<string> s_folder = new("folder") { Description = "A results folder (holding results.json)." };

    public ReportCommand() : base("report", "Re-render report.md and its plots from a results folder.")
    {
        Arguments.Add(s_folder);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var folder = parseResult.GetValue(s_folder)!;
        var file = Path.Combine(folder, ResultsFile.FileName);
        if (!File.Exists(file)) throw new UsageException($"{file}: not found; give a folder written by 'qml run'.");
        ExperimentResult result;
        try
        {
            result = ResultsFile.Read(file);
            var spec = TaskSpecLoader.Parse(result.Spec.ToJsonString(), $"{file} ($.spec)", checkFiles: false);
            for (var i = 0; i < result.Runs.Count; i++) RunRecordCheck.Check(result.Runs[i], spec, file, $"$.runs[{i}]");
        }
        catch (Exception e) when (e is ResultsFileException or SpecException)
        {
            throw new UsageException(e.Message);
        }
        var report = ReportWriter.Write(folder, result);
        await terminal.Out.WriteLineAsync($"report: {report}").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
