using System.CommandLine;
using System.Globalization;
using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Grading;
using QuantumML.Classroom.Reports;
using QuantumML.QSharp;
using Spectre.Console;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml grade ASSIGNMENT SUBMISSIONS</c>: grades every student's submission and writes the gradebook.</summary>
internal sealed class GradeCommand : BaseCommand
{
    private static readonly Argument<string> s_assignment = new("assignment") { Description = "The assignment folder (assignment.json, template/, reference/)." };
    private static readonly Argument<string> s_submissions = new("submissions") { Description = "A folder holding one folder (or one .qs file) per student." };
    private static readonly Option<string?> s_out = new("--out") { Description = "Folder for the gradebook; default grades/ASSIGNMENT/UTC-TIMESTAMP/ under the current folder." };
    private static readonly Option<double?> s_timeLimit = TimeLimitOption();
    private static readonly Option<int?> s_parallel = new("--parallel") { Description = "How many students are graded at once (1 to 64; each may take up to 4 GiB); default: the processor count." };

    /// <summary>The most students graded at once: each engine may grow to 4 GiB of simulator memory.</summary>
    internal const int MaxParallel = 64;
    private static readonly Option<bool> s_quiet = new("--quiet") { Description = "Print only the summary and the gradebook's path." };

    public GradeCommand() : base("grade", "Grade every submission of an assignment: grades.csv, grades.md with a score histogram, and feedback per student.")
    {
        Arguments.Add(s_assignment);
        Arguments.Add(s_submissions);
        Options.Add(s_out);
        Options.Add(s_timeLimit);
        Options.Add(s_parallel);
        Options.Add(s_quiet);
    }

    /// <summary>The <c>--time-limit</c> option grading commands share.</summary>
    internal static Option<double?> TimeLimitOption() => new("--time-limit")
    {
        Description = "Seconds every exercise's checks may run per student, instead of the assignment's own limits (0.1 to 3600, as in assignment.json).",
    };

    /// <summary>The <c>--time-limit</c> of a grading command, within the range <c>assignment.json</c> allows.</summary>
    internal static TimeSpan? ReadTimeLimit(ParseResult parseResult, Option<double?> option) =>
        CommonOptions.ReadTimeout(parseResult, option, AssignmentLoader.MaxTimeLimitSeconds, AssignmentLoader.MinTimeLimitSeconds);

    /// <summary>Loads an assignment; a broken one is a usage error naming the file and field.</summary>
    internal static Assignment LoadAssignment(string folder)
    {
        try
        {
            return AssignmentLoader.Load(folder);
        }
        catch (AssignmentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        // Every option is checked before anything is graded, so that a mistake costs seconds, not a class's worth of grading.
        var timeLimit = ReadTimeLimit(parseResult, s_timeLimit);
        var parallel = parseResult.GetValue(s_parallel);
        if (parallel is < 1 or > MaxParallel) throw new UsageException($"--parallel must be from 1 to {MaxParallel} (got {parallel}).");
        var assignment = LoadAssignment(parseResult.GetValue(s_assignment)!);
        var submissionsFolder = parseResult.GetValue(s_submissions)!;
        SubmissionScan scan;
        try
        {
            scan = SubmissionReader.Read(submissionsFolder);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            throw new UsageException(e is DirectoryNotFoundException ? e.Message : $"{submissionsFolder}: cannot read the submissions folder ({e.Message})");
        }
        var submissions = scan.Submissions;
        if (submissions.Count == 0)
            throw new UsageException($"{submissionsFolder}: no submissions (one folder or one .qs file per student){(scan.Ignored.Count > 0 ? "; ignored: " + string.Join("; ", scan.Ignored) : "")}.");
        var folder = parseResult.GetValue(s_out) ?? Path.Combine("grades", assignment.Name, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        if (IsWithin(folder, submissionsFolder))
            throw new UsageException($"--out {folder} is inside the submissions folder {submissionsFolder}; grading never writes there, choose another folder.");
        OutputFolder.CheckWritable(folder, "--out");
        foreach (var entry in scan.Ignored)
            await stderr.WriteLineAsync($"qml grade: not graded: {Path.Combine(submissionsFolder, entry)}").ConfigureAwait(false);

        var options = new GradingOptions { TimeLimit = timeLimit, Parallelism = parallel };
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = parallel ?? Environment.ProcessorCount });
        var quiet = parseResult.GetValue(s_quiet);
        Gradebook gradebook;
        try
        {
            var live = !quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            gradebook = live
                ? await GradeWithProgressBarAsync(runtime, assignment, submissions, options, cancellationToken).ConfigureAwait(false)
                : await GradeWithLinesAsync(runtime, assignment, submissions, options, quiet ? null : stderr, cancellationToken).ConfigureAwait(false);
        }
        catch (AssignmentException e)
        {
            await stderr.WriteLineAsync($"qml grade: {assignment.Directory}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        gradebook = gradebook with { Ignored = scan.Ignored };

        try
        {
            GradebookWriter.Write(gradebook, folder);
        }
        catch (GradebookWriteException e)
        {
            await stderr.WriteLineAsync($"qml grade: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        foreach (var s in gradebook.Students)
        {
            var missed = s.Exercises.Where(e => e.Status != GradeStatus.Passed).Select(e => $"{e.Exercise.Id} {e.Status.Name()}");
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{Printable(s.Student),-24} {s.Points,3} / {s.MaxPoints}  {string.Join(", ", missed)}")).ConfigureAwait(false);
        }
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"grades: {Path.Combine(folder, GradesCsv.FileName)} ({gradebook.Students.Count} student(s), {gradebook.Elapsed.TotalSeconds:0.0} s); report: {Path.Combine(folder, GradesMarkdown.FileName)}; for an LMS: {NbgraderCsv.FileName}, {LmsCsv.FileName}")).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>A student's name for the terminal: control characters (a line break in a folder name, an escape sequence) shown as '?'.</summary>
    internal static string Printable(string name) => string.Concat(name.Select(c => char.IsControl(c) ? '?' : c));

    /// <summary>In a pipe or CI log: one line per student graded.</summary>
    private static Task<Gradebook> GradeWithLinesAsync(QSharpRuntime runtime, Assignment assignment, IReadOnlyList<Submission> submissions, GradingOptions options, TextWriter? log, CancellationToken ct)
    {
        var done = 0;
        log?.WriteLine($"{assignment.Name}: grading {submissions.Count} student(s), {assignment.Exercises.Count} exercises each");
        return new Grader(runtime).GradeAsync(assignment, submissions, options, grade =>
        {
            var n = Interlocked.Increment(ref done);
            if (log is null) return;
            lock (log) log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{n}/{submissions.Count}] {Printable(grade.Student)}: {grade.Points} / {grade.MaxPoints}"));
        }, ct);
    }

    /// <summary>On a terminal: a live bar of students graded, via Spectre.Console on stderr.</summary>
    private static async Task<Gradebook> GradeWithProgressBarAsync(QSharpRuntime runtime, Assignment assignment, IReadOnlyList<Submission> submissions, GradingOptions options, CancellationToken ct)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"{assignment.Name}: {submissions.Count} student(s) graded", maxValue: submissions.Count);
                return await new Grader(runtime).GradeAsync(assignment, submissions, options, _ => task.Increment(1), ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    private static bool IsWithin(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}
