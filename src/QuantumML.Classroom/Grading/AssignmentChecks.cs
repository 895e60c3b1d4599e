using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Checks;
using QuantumML.QSharp;
using QuantumML.QSharp.Supervision;

namespace QuantumML.Classroom.Grading;

/// <summary>An assignment made ready to grade: every exercise's inputs, the reference's sources, and the facts the reference
/// computed once for all students (its return values, its measurement samples, the states of its circuits).</summary>
internal sealed class AssignmentChecks
{
    /// <summary>Before the first exercise begins the run compiles; this bounds that.</summary>
    internal static readonly TimeSpan CompileLimit = TimeSpan.FromSeconds(60);

    private AssignmentChecks(Assignment assignment, IReadOnlyList<CheckContext> contexts, SourceSet reference, Exports referenceExports, FactCollector referenceFacts,
        GradingOptions options)
    {
        Assignment = assignment;
        Contexts = contexts;
        Reference = reference;
        ReferenceExports = referenceExports;
        ReferenceFacts = referenceFacts;
        Options = options;
    }

    /// <summary>The assignment, with any time limit the options impose.</summary>
    public Assignment Assignment { get; }

    /// <summary>One context per exercise, in order.</summary>
    public IReadOnlyList<CheckContext> Contexts { get; }

    /// <summary>The reference's sources.</summary>
    public SourceSet Reference { get; }

    /// <summary>What the checks may call of the reference: the exercises' callables and the checks' circuits.</summary>
    public Exports ReferenceExports { get; }

    /// <summary>The reference's package as every program compiles it: its files and its exports.</summary>
    public IReadOnlyList<QSharpSource> ReferencePackage => [.. Reference.Sources, ReferenceExports.Source];

    /// <summary>What the reference reported.</summary>
    public FactCollector ReferenceFacts { get; }

    /// <summary>How the assignment is graded.</summary>
    public GradingOptions Options { get; }

    /// <summary>Each exercise's time limit, by index.</summary>
    public IReadOnlyList<TimeSpan> TimeLimits => Assignment.Exercises.Select(e => e.TimeLimit).ToList();

    /// <summary>Resolves the inputs and runs the reference's part of every check once.</summary>
    /// <exception cref="AssignmentException">The reference does not compile, fails or runs out of time.</exception>
    public static async Task<AssignmentChecks> PrepareAsync(QSharpRuntime runtime, Assignment assignment, GradingOptions options, CancellationToken cancellationToken)
    {
        if (options.TimeLimit is { } limit)
            assignment = assignment with { Exercises = assignment.Exercises.Select(e => e with { TimeLimit = limit }).ToList() };
        var displayRoot = Path.GetDirectoryName(assignment.Directory) ?? assignment.Directory;
        var reference = SourceSet.FromFolder(CheckContext.ReferencePrefix, assignment.ReferenceDirectory, displayRoot);
        var exported = new List<(int, string, string)>();
        foreach (var (e, i) in assignment.Exercises.Select((e, i) => (e, i)))
        {
            exported.Add((i, ReferenceNamespace(reference, e.Callable, $"exercise '{e.Id}'"), e.Callable));
            if (e.Check.Circuit is { } circuit) exported.Add((-1, ReferenceNamespace(reference, circuit, $"the check of exercise '{e.Id}'"), circuit));
        }
        var referenceExports = Exports.Write(Exports.ReferenceDocument, exported);
        // The reference is trusted to be quick, but it draws more samples than a student: give it room, and all the output it needs.
        var facts = new FactCollector(assignment.Exercises.Select(e => e.TimeLimit * 4).ToList(), OutputLimit.Default);
        var contexts = assignment.Exercises.Select((e, i) => new CheckContext(i, e, CheckCases.Of(e, assignment.Seed)) { Secret = facts.Secret }).ToList();
        var harness = Harness.ForReference(contexts);
        var checks = new AssignmentChecks(assignment, contexts, reference, referenceExports, facts, options);
        if (harness.Exercises.Count > 0)
        {
            var project = QSharpProject.WithPackages(assignment.Name, [harness.Source],
                new Dictionary<string, IReadOnlyList<QSharpSource>> { [Exports.ReferenceAlias] = checks.ReferencePackage });
            SupervisedRun run;
            try
            {
                run = await runtime.RunSupervisedAsync(project, harness.RunExpression(harness.Exercises), assignment.Seed, CompileLimit, facts, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (QSharpCompilationException e)
            {
                throw new AssignmentException("the reference does not compile:" + Environment.NewLine +
                    string.Join(Environment.NewLine, e.Diagnostics.Select(d => Describe(reference, d))));
            }
            if (run.Outcome != SupervisedOutcome.Completed)
            {
                var exercise = facts.Current is { } k ? $"exercise '{assignment.Exercises[k].Id}'" : "an exercise";
                throw new AssignmentException(run.Outcome switch
                {
                    SupervisedOutcome.Failed => $"the reference fails computing the expected results of {exercise}: {Describe(reference, Located(reference, run.Diagnostics[0]))}",
                    SupervisedOutcome.TimedOut => $"the reference did not compute the expected results of {exercise} within {AssignmentLoader.Seconds(run.Limit ?? TimeSpan.Zero)}",
                    _ => $"the simulator stopped computing the expected results of {exercise}: {run.Error}",
                });
            }
        }
        return checks;
    }

    private static string ReferenceNamespace(SourceSet reference, string callable, string user) =>
        reference.NamespaceOf(callable)
        ?? throw new AssignmentException($"{string.Join(", ", reference.Files.Select(f => f.DisplayPath))}: no callable named {callable}, which {user} needs");

    /// <summary>A diagnostic moved to the innermost stack frame in one of <paramref name="sources"/>' files, when it was raised
    /// elsewhere (inside the standard library's <c>Fact</c>, say).</summary>
    internal static QSharpDiagnostic Located(SourceSet sources, QSharpDiagnostic diagnostic)
    {
        if (sources.File(diagnostic.File) is not null || diagnostic.Stack is null) return diagnostic;
        foreach (var frame in diagnostic.Stack.Split('\n'))
        {
            var m = StackFrame.Match(frame);
            if (m.Success && sources.File(m.Groups["doc"].Value) is not null)
                return diagnostic with { File = m.Groups["doc"].Value, Line = int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), Column = int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture) };
        }
        return diagnostic;
    }

    /// <summary>A diagnostic as <c>FILE:LINE:COL: MESSAGE</c>, with the file's display path when it is one of <paramref name="sources"/>'.</summary>
    internal static string Describe(SourceSet sources, QSharpDiagnostic d) =>
        (sources.File(d.File) is { } file ? file.Location(d.Line, d.Column) : $"{d.File}:{d.Line}:{d.Column}") + ": " + FirstLine(d.Message);

    /// <summary>The first line of a compiler message (the rest is help text).</summary>
    internal static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static readonly System.Text.RegularExpressions.Regex StackFrame = new(@"\bin (?<doc>\S+):(?<line>\d+):(?<col>\d+)\s*$", System.Text.RegularExpressions.RegexOptions.Compiled);
}
