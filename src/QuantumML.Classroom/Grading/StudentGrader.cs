using System.Globalization;
using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Checks;
using QuantumML.QSharp;
using QuantumML.QSharp.Supervision;

namespace QuantumML.Classroom.Grading;

/// <summary>Grades one submission: one compile of the student's files beside the reference and the generated checks; a qubit
/// count by the circuit tracer before anything is simulated; then one seeded run of every check, continued past an exercise
/// that fails, loops or crashes. Whatever goes wrong in one exercise costs that exercise only.</summary>
internal sealed class StudentGrader(QSharpRuntime runtime, AssignmentChecks checks)
{
    /// <summary>Grades <paramref name="submission"/>.</summary>
    public async Task<StudentGrade> GradeAsync(Submission submission, CancellationToken cancellationToken)
    {
        var state = new State(submission, checks);
        if (submission.Files.Count == 0)
        {
            foreach (var c in checks.Contexts)
                state.Decide(c.Index, GradeStatus.Missing, $"{submission.Origin}: no .qs file in the submission");
        }
        try
        {
            await CompileAndRunAsync(state, cancellationToken).ConfigureAwait(false);
        }
        catch (QSharpHostException e)
        {
            foreach (var c in state.Undecided)
                state.Decide(c.Index, GradeStatus.RuntimeError, $"{state.Locate(c)}: grading stopped: {e.Message}");
        }
        return new StudentGrade(submission.Student, checks.Contexts.Select(state.Grade).ToList());
    }

    private async Task CompileAndRunAsync(State state, CancellationToken cancellationToken)
    {
        // Each pass either compiles or takes something out (a callable that does not compile, an exercise that cannot be called).
        for (var pass = 0; state.Undecided.Count > 0; pass++)
        {
            var harness = Harness.ForStudent(state.Undecided
                .Select(c => c with { StudentNamespace = state.Sources.NamespaceOf(c.Exercise.Callable) ?? state.Sources.DefaultNamespace })
                .ToList());
            var project = QSharpProject.FromSources(state.Submission.Student, [.. state.Sources.Sources, .. checks.Reference.Sources, harness.Source]);
            try
            {
                await PreflightAsync(state, project, harness, cancellationToken).ConfigureAwait(false);
                await RunAsync(state, project, harness, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (QSharpCompilationException e) when (pass < 100)
            {
                if (!Triage(state, harness, e.Diagnostics))
                {
                    var first = e.Diagnostics[0];
                    foreach (var c in state.Undecided)
                        state.Decide(c.Index, GradeStatus.CompileError, AssignmentChecks.Describe(state.Sources, first));
                }
            }
        }
    }

    /// <summary>Traces every probe (one call of each exercise's operation on its register) by classical evaluation, so that an
    /// operation with too many qubits is caught before it is simulated. A trace that fails leaves the count to the run.</summary>
    private async Task PreflightAsync(State state, QSharpProject project, Harness harness, CancellationToken cancellationToken)
    {
        if (harness.Probes.Count == 0) return;
        var limit = harness.Probes.Max(i => checks.TimeLimits[i]);
        try
        {
            var scopes = await runtime.TraceQubitsAsync(project, Harness.Probe, limit, cancellationToken).ConfigureAwait(false);
            foreach (var i in harness.Probes) CheckQubits(state, i, scopes.FirstOrDefault(s => s.Scope == $"Probe{i.ToString(CultureInfo.InvariantCulture)}"));
            return;
        }
        catch (Exception e) when (e is QSharpRuntimeException or QSharpTimeoutException or QSharpHostException)
        {
            // One probe failed, compared measurements or looped: trace each alone to learn which.
        }
        foreach (var i in harness.Probes)
        {
            try
            {
                var scopes = await runtime.TraceQubitsAsync(project, Harness.ProbeOf(i), checks.TimeLimits[i], cancellationToken).ConfigureAwait(false);
                CheckQubits(state, i, scopes.Count > 0 ? scopes[0] : null);
            }
            catch (QSharpTimeoutException)
            {
                state.Decide(i, GradeStatus.TimeLimit, TimeLimitMessage(state, checks.Contexts[i], 0));
            }
            catch (Exception e) when (e is QSharpRuntimeException or QSharpHostException)
            {
                // The run meets the same failure and reports it where it happens.
            }
        }
    }

    private void CheckQubits(State state, int exercise, ScopeQubits? scope)
    {
        var context = checks.Contexts[exercise];
        if (scope is null || scope.Qubits <= context.Exercise.QubitLimit) return;
        var declaration = state.Sources.Declaration(context.Exercise.Callable);
        // Prefer the allocation inside the exercise's own callable, then any in the student's files.
        var sites = scope.Allocations.Where(a => state.Sources.File(a.File) is not null).ToList();
        var site = sites.FirstOrDefault(a => declaration is { } d && a.File == d.File.Document && d.Span.Contains(CallableSpans.Offset(d.File.Text, a.Line, a.Column)))
                   ?? sites.FirstOrDefault();
        var where = site is null ? state.Locate(context) : state.Sources.File(site.File)!.Location(site.Line, site.Column);
        state.Decide(exercise, GradeStatus.QubitLimit, QubitMessage(where, context, scope.Qubits));
    }

    private static string QubitMessage(string where, CheckContext context, int qubits) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{where}: {context.Exercise.Callable} has {qubits} qubits in use at once; this exercise allows {context.Exercise.QubitLimit}")
        + (context.Exercise.Check.Kind.ActsOnRegister() ? string.Create(CultureInfo.InvariantCulture, $" (its {context.Spec.Qubits}-qubit register included)") : "");

    private static string TimeLimitMessage(State state, CheckContext context, int? input) =>
        $"{state.Locate(context)}: {context.Exercise.Callable} did not finish within the time limit of {AssignmentLoader.Seconds(context.Exercise.TimeLimit)}{Input(context, input)} (an infinite loop?)";

    /// <summary>", on input (…)" for the input a check was working on, when known.</summary>
    private static string Input(CheckContext context, int? input) =>
        input is { } i && i < context.Cases.Count ? ", " + context.Describe(context.Cases[i]) : "";

    /// <summary>Runs the checks of every exercise still undecided in one seeded run; an exercise that fails, passes its time
    /// limit or crashes the simulator is charged with it and the rest go on in a new run (with the same seed).</summary>
    private async Task RunAsync(State state, QSharpProject project, Harness harness, CancellationToken cancellationToken)
    {
        var pending = harness.Exercises.Where(state.IsUndecided).ToList();
        while (pending.Count > 0)
        {
            var run = await runtime.RunSupervisedAsync(project, harness.RunExpression(pending), checks.Assignment.Seed, AssignmentChecks.CompileLimit, state.Facts, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (run.Outcome == SupervisedOutcome.Completed) return;
            var culprit = state.Facts.Current is { } k && pending.Contains(k) ? k : pending[0];
            var context = checks.Contexts[culprit];
            var input = state.Facts[culprit].Case;
            switch (run.Outcome)
            {
                case SupervisedOutcome.Failed:
                    var d = AssignmentChecks.Located(state.Sources, run.Diagnostics[0]);
                    var where = state.Sources.File(d.File) is { } file ? file.Location(d.Line, d.Column) : state.Locate(context);
                    state.Decide(culprit, GradeStatus.RuntimeError, $"{where}: {AssignmentChecks.FirstLine(d.Message)}{Input(context, input)}");
                    break;
                case SupervisedOutcome.TimedOut:
                    state.Decide(culprit, GradeStatus.TimeLimit, TimeLimitMessage(state, context, input));
                    break;
                default:
                    state.Decide(culprit, GradeStatus.RuntimeError, $"{state.Locate(context)}: the simulator stopped while checking {context.Exercise.Callable}{Input(context, input)}: {run.Error}");
                    break;
            }
            pending = pending.Skip(pending.IndexOf(culprit) + 1).Where(state.IsUndecided).ToList();
        }
    }

    /// <summary>Charges each compile error to the exercise it belongs to and leaves out what does not compile.</summary>
    /// <returns>False when nothing could be charged (the caller then fails every exercise left).</returns>
    private bool Triage(State state, Harness harness, IReadOnlyList<QSharpDiagnostic> diagnostics)
    {
        var progress = false;
        // Positions refer to the sources as compiled, before anything is left out in this pass.
        var compiled = state.Sources;
        foreach (var d in diagnostics.Where(d => d.Severity == "error"))
        {
            if (compiled.File(d.File) is { } file)
            {
                progress |= TriageStudentError(state, file, d);
            }
            else if (d.File == harness.Document && harness.ExerciseAt(d.Line) is { } exercise && state.IsUndecided(exercise))
            {
                var context = checks.Contexts[exercise];
                if (BlamesReference(harness, d, context))
                {
                    var r = checks.Reference.Declaration(context.Exercise.Callable);
                    var where = r is { } rd ? rd.File.Location(rd.Span.Line, rd.Span.Column) : checks.Reference.DefaultNamespace;
                    throw new AssignmentException($"{where}: the reference's {context.Exercise.Callable} does not fit '{context.Exercise.Signature}': {AssignmentChecks.FirstLine(d.Message)}");
                }
                var declared = state.Sources.Declaration(context.Exercise.Callable);
                if (declared is null)
                {
                    state.Decide(exercise, GradeStatus.Missing, $"{state.Submission.Origin}:1:1: no callable named {context.Exercise.Callable}; the exercise asks for '{context.Exercise.Signature}'");
                }
                else
                {
                    state.Decide(exercise, GradeStatus.Signature,
                        $"{declared.Value.File.Location(declared.Value.Span.Line, declared.Value.Span.Column)}: {context.Exercise.Callable} does not fit '{context.Exercise.Signature}': {AssignmentChecks.FirstLine(d.Message)}");
                }
                progress = true;
            }
            else if (d.File != harness.Document && checks.Reference.File(d.File) is not null)
            {
                throw new AssignmentException($"the reference does not compile beside the checks: {AssignmentChecks.Describe(checks.Reference, d)}");
            }
        }
        return progress;
    }

    /// <summary>Whether a compile error in the generated checks is in a call of the reference's callable (rather than the student's).</summary>
    private static bool BlamesReference(Harness harness, QSharpDiagnostic d, CheckContext context)
    {
        var lines = harness.Text.Split('\n');
        if (d.Line < 1 || d.Line > lines.Length) return false;
        var tail = lines[d.Line - 1][Math.Min(lines[d.Line - 1].Length, Math.Max(0, d.Column - 1))..];
        var reference = tail.IndexOf(context.ReferenceNamespace + ".", StringComparison.Ordinal);
        var student = tail.IndexOf(context.StudentNamespace + ".", StringComparison.Ordinal);
        return reference >= 0 && (student < 0 || reference < student);
    }

    private static bool TriageStudentError(State state, SourceFile file, QSharpDiagnostic d)
    {
        var text = $"{file.Location(d.Line, d.Column)}: {AssignmentChecks.FirstLine(d.Message)}";
        var span = file.CallableAt(d.Line, d.Column);
        if (span is null)
        {
            // Outside every callable (an import, a stray token): the file as a whole does not compile.
            foreach (var c in state.Undecided) state.Decide(c.Index, GradeStatus.CompileError, text);
            return true;
        }
        if (state.Broken.Keys.FirstOrDefault(name => d.Message.Contains($"`{name}`", StringComparison.Ordinal)) is { } broken)
            text = $"{file.Location(d.Line, d.Column)}: calls {broken}, which does not compile ({state.Broken[broken]})";
        state.Broken.TryAdd(span.Name, text);
        foreach (var c in state.Undecided)
        {
            // The exercise's own callable, or one an unclosed brace swallowed.
            var declaration = state.Sources.Declaration(c.Exercise.Callable);
            if (declaration is { } dd && dd.File.Document == file.Document && (dd.Span.Name == span.Name || span.Contains(dd.Span.Start)))
                state.Decide(c.Index, GradeStatus.CompileError, dd.Span.Name == span.Name ? text : $"{text} (in {span.Name}, which {c.Exercise.Callable} follows)");
        }
        state.Sources = state.Sources.Without(file, span);
        return true;
    }

    /// <summary>What is known of one student so far.</summary>
    private sealed class State(Submission submission, AssignmentChecks checks)
    {
        private readonly Dictionary<int, ExerciseGrade> _decided = [];

        public Submission Submission { get; } = submission;

        /// <summary>The student's files, less what was left out for not compiling.</summary>
        public SourceSet Sources { get; set; } = SourceSet.Of(CheckContext.StudentPrefix, submission.Files);

        /// <summary>Callables left out, with the error that put them out.</summary>
        public Dictionary<string, string> Broken { get; } = new(StringComparer.Ordinal);

        public FactCollector Facts { get; } = new(checks.TimeLimits);

        public List<CheckContext> Undecided => checks.Contexts.Where(c => !_decided.ContainsKey(c.Index)).ToList();

        public bool IsUndecided(int exercise) => !_decided.ContainsKey(exercise);

        public void Decide(int exercise, GradeStatus status, string message) =>
            _decided.TryAdd(exercise, new ExerciseGrade(checks.Assignment.Exercises[exercise], status, message));

        /// <summary>Where the student declared the exercise's callable, or the submission's first file.</summary>
        public string Locate(CheckContext context) =>
            Sources.Declaration(context.Exercise.Callable) is { } d ? d.File.Location(d.Span.Line, d.Span.Column) : $"{Submission.Origin}:1:1";

        /// <summary>The exercise's grade: decided on the way, or judged from the facts of the run.</summary>
        public ExerciseGrade Grade(CheckContext context)
        {
            if (_decided.TryGetValue(context.Index, out var grade)) return grade;
            var facts = Facts[context.Index];
            var exercise = context.Exercise;
            if (facts.Qubits is { } qubits && qubits > exercise.QubitLimit)
                return new ExerciseGrade(exercise, GradeStatus.QubitLimit, QubitMessage(Locate(context), context, qubits));
            if (!facts.Ended)
                return new ExerciseGrade(exercise, GradeStatus.RuntimeError, $"{Locate(context)}: the checks of {exercise.Callable} did not run to their end");
            var verdict = CheckRegistry.For(exercise.Check.Kind).Judge(context, facts, checks.ReferenceFacts[context.Index]);
            return verdict.Passed
                ? new ExerciseGrade(exercise, GradeStatus.Passed, "")
                : new ExerciseGrade(exercise, GradeStatus.Wrong, $"{Locate(context)}: {verdict.Message}");
        }
    }
}
