using System.Diagnostics;
using System.Globalization;
using CsCheck;
using QuantumML.Combinatorial.Formats;
using QuantumML.Data;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Persistence;
using QuantumML.Settings;
using Xunit.Abstractions;

namespace QuantumML.Experiments.Tests.Fuzzing;

/// <summary>Property-based fuzzing (CsCheck) of every reader of user files: the spec readers of all tasks (with every
/// model's fields), the model-file reader (and restoring and predicting with a classical model), the CSV, edge-list and
/// problem-file readers, and the run-file reader with the report built on what it accepts. Inputs are valid files with
/// up to six structural or byte edits; the property is that a reader either accepts the input or throws its own located
/// exception, never anything else. Each reader runs for a bounded time; QML_FUZZ_SECONDS scales it up for longer runs.</summary>
/// <remarks>On a failure CsCheck shrinks the input to the fewest, smallest edits and prints it with the seed to replay it.
/// The summary line of each reader ("N inputs tried in S s, crashes: 0") is the test's output, shown by
/// <c>dotnet test tests/QuantumML.Experiments.Tests --filter ReaderFuzzTests --logger "console;verbosity=detailed"</c>,
/// and is also written to <see cref="FuzzCorpus.SummaryFile"/>, which <c>.ci/run</c> prints.</remarks>
public sealed class ReaderFuzzTests(FuzzCorpus corpus, ITestOutputHelper output) : IClassFixture<FuzzCorpus>
{
    private static readonly Gen<Mutation> Edit = Gen.Select(Gen.Int[0, Mutator.Kinds - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (k, w, v) => new Mutation(k, w, v));

    /// <summary>Seconds each reader is fuzzed for, scaled by QML_FUZZ_SECONDS (the total, default 30).</summary>
    private static int Seconds(double share)
    {
        var total = double.TryParse(Environment.GetEnvironmentVariable("QML_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 30;
        return Math.Max(1, (int)Math.Round(total * share));
    }

    private static Gen<(int Seed, Mutation[] Edits)> Inputs(int corpus) => Gen.Select(Gen.Int[0, corpus - 1], Edit.Array[1, 6]);

    /// <summary>Runs <paramref name="read"/> on mutated inputs for <paramref name="seconds"/>; <paramref name="expected"/>
    /// says which exceptions are the reader's own answer.</summary>
    private void Fuzz(string name, IReadOnlyList<string> seeds, Action<string, int> read, Func<Exception, bool> expected, int seconds)
    {
        var mutator = new Mutator(Mutator.WordsOf(seeds));
        long tried = 0, refused = 0, crashes = 0;
        var clock = Stopwatch.StartNew();
        Inputs(seeds.Count).Sample(input =>
        {
            Interlocked.Increment(ref tried);
            var text = mutator.Apply(seeds[input.Seed], input.Edits);
            try
            {
                read(text, input.Seed);
            }
            catch (Exception e) when (expected(e))
            {
                Interlocked.Increment(ref refused);
            }
            catch
            {
                Interlocked.Increment(ref crashes);
                throw;
            }
        }, writeLine: output.WriteLine, time: seconds, iter: long.MaxValue, print: input => $"seed {input.Seed}, edits [{string.Join(", ", input.Edits.Select(e => $"({e.Kind}, {e.Where}, {e.What})"))}]:\n{mutator.Apply(seeds[input.Seed], input.Edits)}");
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"fuzz {name}: {tried:N0} inputs tried in {clock.Elapsed.TotalSeconds:0} s ({refused:N0} refused with a located message), crashes: {crashes}");
        output.WriteLine(summary);
        corpus.Report(summary);
        Assert.Equal(0, crashes);
    }

    [Fact]
    public void SpecReadersAnswerEveryInputWithASpecError() => Fuzz("spec readers", corpus.Specs, (text, _) =>
    {
        var spec = TaskSpecLoader.Parse(text, "/fuzz/spec.json", checkFiles: false);
        DataPaths.CheckInside(spec, "/fuzz/spec.json");
        // Every model's fields are read when it is built, before anything runs.
        if (spec is ClassificationSpec experiment) corpus.Factory.Validate(experiment, featureCount: 3);
    }, e => e is SpecException, Seconds(0.35));

    [Fact]
    public void TheModelFileReaderAnswersEveryInputWithAModelFileError() => Fuzz("model-file reader", corpus.Models, (text, _) =>
    {
        var file = ModelFiles.Parse(text, "model.json");
        if (file.QSharp is not null) return; // restoring a quantum model runs Q#
        var pipeline = ModelPipeline.RestoreAsync(file, "model.json").GetAwaiter().GetResult();
        var probabilities = pipeline.PredictProbabilitiesAsync([[.. Enumerable.Repeat(0.25, file.Features.Length)]]).GetAwaiter().GetResult();
        Assert.Equal(file.Classes.Length, probabilities[0].Length);
    }, e => e is ModelFileException, Seconds(0.25));

    [Fact]
    public void DataFileReadersAnswerEveryInputWithAFormatError()
    {
        var kinds = corpus.Csv.Select(_ => "csv").Concat(corpus.GraphCsv.Select(_ => "graph")).Concat(corpus.Problems.Select(_ => "problem")).ToList();
        Fuzz("CSV, edge-list and problem readers", [.. corpus.Csv, .. corpus.GraphCsv, .. corpus.Problems], (text, seed) =>
        {
            switch (kinds[seed])
            {
                case "csv":
                    CsvDataset.ReadTable(new StringReader(text), "data.csv", requireLabel: false);
                    CsvDataset.Parse(new StringReader(text), "data.csv");
                    break;
                case "graph":
                    if (text.StartsWith("node", StringComparison.Ordinal)) Graphs.GraphCsv.ParseLabels(text, "nodes.csv");
                    else Graphs.GraphCsv.Parse(text, "edges.csv");
                    break;
                default:
                    ProblemLoader.Parse(text, "problem.txt");
                    break;
            }
        }, e => e is DataFormatException or ProblemFormatException, Seconds(0.2));
    }

    [Fact]
    public void TheRunFileReaderAnswersEveryInputWithAResultsErrorAndTheReportTakesWhatItAccepts()
    {
        var runs = corpus.Runs;
        var originals = runs.Select(r => ResultsJson.Parse<RunRecord>(r.Text, r.Name)).ToList();
        Fuzz("run-file reader", [.. runs.Select(r => r.Text)], (text, seed) =>
        {
            var run = ResultsJson.Parse<RunRecord>(text, runs[seed].Name);
            RunRecordCheck.Check(run, corpus.RunSpec, runs[seed].Name);
            // The report of a folder holding this run in place of the one it was made from.
            var others = originals.Where(r => (r.Model, r.Seed) != (run.Model, run.Seed));
            var result = new ExperimentResult(corpus.RunSpec.Source, [.. others, run], new RunEnvironment("test", "test", 1, "2026-01-01T00:00:00Z", 1));
            ReportWriter.Table(result);
            ClassificationReport.Render(result, []);
        }, e => e is ResultsFileException, Seconds(0.2));
    }
}
