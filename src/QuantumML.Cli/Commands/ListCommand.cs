using System.CommandLine;
using System.Text.RegularExpressions;
using QuantumML.Catalogues;
using QuantumML.Data;
using QuantumML.Experiments.Tasks;
using QuantumML.Experiments.Specs;
using QuantumML.QSharp;
using QuantumML.Settings;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml list</c>: every catalogue (tasks, classifiers, optimizers, gradient methods, VQE ansatzes, noise kinds,
/// solvers, datasets) with its entries' fields, read from the catalogues themselves; then the example specs, the data files,
/// and the Q# circuit components a spec can name.</summary>
internal sealed partial class ListCommand : BaseCommand
{
    private static readonly Option<string?> s_project = CommonOptions.Project();
    private static readonly Option<bool> s_markdown = new("--markdown")
    {
        Description = "Print only the catalogues, as the Markdown tables of experiments/README.md.",
    };

    public ListCommand() : base("list", "List every option a spec can name (from the catalogues), the example specs, datasets, and the project's Q# encodings and ansatzes.")
    {
        Options.Add(s_project);
        Options.Add(s_markdown);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, _) = terminal;
        if (parseResult.GetValue(s_markdown))
        {
            await stdout.WriteAsync(CatalogueMarkdown.Of(CatalogueIndex.All)).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        await stdout.WriteLineAsync("Tasks (task):").ConfigureAwait(false);
        var taskWidth = ExperimentTasks.All.Max(t => t.Name.Length);
        foreach (var task in ExperimentTasks.All)
            await stdout.WriteLineAsync($"  {task.Name.PadRight(taskWidth)}  {task.Description}").ConfigureAwait(false);
        foreach (var catalogue in CatalogueIndex.All)
        {
            await stdout.WriteLineAsync().ConfigureAwait(false);
            foreach (var line in CatalogueText.Lines(catalogue)) await stdout.WriteLineAsync(line).ConfigureAwait(false);
        }
        await stdout.WriteLineAsync().ConfigureAwait(false);

        var project = ProjectLocator.Load(parseResult.GetValue(s_project));
        var experiments = Path.Combine(Path.GetDirectoryName(project.Directory!)!, "experiments");

        if (Directory.Exists(experiments))
        {
            await stdout.WriteLineAsync($"Specs ({Path.GetRelativePath(Environment.CurrentDirectory, experiments)}/):").ConfigureAwait(false);
            foreach (var file in Directory.GetFiles(experiments, "*.json").Order(StringComparer.Ordinal))
            {
                string about;
                try
                {
                    about = TaskSpecLoader.Load(file).Summary;
                }
                catch (SpecException e)
                {
                    about = $"INVALID: {e.Message}";
                }
                await stdout.WriteLineAsync($"  {Path.GetFileName(file),-22} {about}").ConfigureAwait(false);
            }
            var data = Path.Combine(experiments, "data");
            await stdout.WriteLineAsync().ConfigureAwait(false);
            await stdout.WriteLineAsync($"Datasets: generated {string.Join(", ", DatasetCatalogue.Catalogue.Entries.Where(d => !d.Fields.Any(f => f.Name == "path")).Select(d => d.Name))}; CSV files:").ConfigureAwait(false);
            if (Directory.Exists(data))
            {
                foreach (var csv in Directory.GetFiles(data, "*.csv").Order(StringComparer.Ordinal))
                    await stdout.WriteLineAsync($"  {Path.GetRelativePath(experiments, csv)}").ConfigureAwait(false);
            }
            await stdout.WriteLineAsync().ConfigureAwait(false);
        }

        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var check = await runtime.CheckAsync(project, cancellationToken).ConfigureAwait(false);
        if (!check.Success)
        {
            WriteDiagnostics(terminal.Err, project, check.Diagnostics);
            return ExitCodes.Failure;
        }
        // The compiler names the callables; their signatures are shown as written in the source.
        var signatures = project.Sources.SelectMany(s => Signature().Matches(s.Text).Select(m => (Name: m.Groups["name"].Value, Text: Normalize(m.Value)))).ToList();
        var components = check.Callables
            .Where(c => !c.StartsWith("Tests.", StringComparison.Ordinal))
            .Select(c => (Name: c, Signature: signatures.FirstOrDefault(s => c.EndsWith("." + s.Name, StringComparison.Ordinal)).Text))
            .Where(c => c.Signature is not null && Component().IsMatch(c.Signature))
            .ToList();
        await stdout.WriteLineAsync($"Q# encodings and ansatzes, (Double[], Qubit[]) => Unit is Adj ({project.DisplayPath(".")}):").ConfigureAwait(false);
        foreach (var (name, signature) in components)
            await stdout.WriteLineAsync($"  {name,-44} {signature}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Normalize(string text) => Whitespace().Replace(text.Trim().TrimEnd('{').Trim(), " ");

    [GeneratedRegex(@"operation\s+(?<name>\w+)\s*\([^)]*\)\s*:\s*[^{]+\{")]
    private static partial Regex Signature();

    [GeneratedRegex(@"\(\s*\w+\s*:\s*Double\[\]\s*,\s*\w+\s*:\s*Qubit\[\]\s*\)\s*:\s*Unit\s+is\s+Adj")]
    private static partial Regex Component();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
