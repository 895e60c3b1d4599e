using System.Globalization;
using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Checks;
using QuantumML.QSharp;
using QuantumML.QSharp.Supervision;

namespace QuantumML.Classroom.Grading;

/// <summary>Grades one submission: the student's files compiled as a package of their own beside the reference's package and
/// the generated checks, which alone can call into both (the student's code cannot name the reference or the checks, and the
/// checks' facts carry a secret it never sees); a qubit count by the circuit tracer before anything is simulated; then one
/// seeded run of every check, continued past an exercise that fails, loops, prints too much or crashes. Whatever goes wrong in
/// one exercise costs that exercise only.</summary>
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
        return new StudentGrade(submission.Student, checks.Contexts.Select(state.Grade).ToList()) { Id = submission.Id, Notes = submission.Notes };
    }

    private async Task CompileAndRunAsync(State state, CancellationToken cancellationToken)
    {
        // Each pass either compiles or takes something out (a callable that does not compile, an exercise that cannot be called).
        for (var pass = 0; state.Undecided.Count > 0; pass++)
        {
            var undecided = state.Undecided;
            var exports = Exports.Write(Exports.StudentDocument, undecided
                .Select(c => (c.Index, Namespace: state.Sources.NamespaceOf(c.Exercise.Callable), c.Exercise.Callable))
                .Where(c => c.Namespace is not null)
                .Select(c => (c.Index, c.Namespace!, c.Callable)));
            var harness = Harness.ForStudent(undecided.Select(c => c with { Secret = state.Facts.Secret }).ToList());
            var probes = Probes.For(undecided.Select(c => c with { StudentNamespace = state.Sources.NamespaceOf(c.Exercise.Callable) ?? state.Sources.DefaultNamespace }).ToList());
            var name = state.Submission.Id;
            var program = QSharpProject.WithPackages(name, [harness.Source], new Dictionary<string, IReadOnlyList<QSharpSource>>
            {
                [Exports.StudentAlias] = [.. state.Sources.Sources, exports.Source],
                [Exports.ReferenceAlias] = checks.ReferencePackage,
            });
            var traced = QSharpProject.FromSources(name, [.. state.Sources.Sources, probes.Source]);
            try
            {
                await PreflightAsync(state, traced, probes, cancellationToken).ConfigureAwait(false);
                await RunAsync(state, program, harness, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (QSharpCompilationException e) when (pass < 100)
            {
                if (!Triage(state, [harness, probes, exports], e.Diagnostics))
                {
                    var first = e.Diagnostics[0];
                    foreach (var c in state.Undecided)
                        state.Decide(c.Index, GradeStatus.CompileError, AssignmentChecks.Describe(state.Sources, first));
                }
            }
        }
    }

    /// <summary>Traces every probe (one call of each exercise's operation with its first input) by classical evaluation, so that an
    /// operation with too many qubits is caught before it is simulated. A trace that fails leaves the count to the run.</summary>
    private async Task PreflightAsync(State state, QSharpProject project, Probes probes, CancellationToken cancellationToken)
    {
        if (probes.Exercises.Count == 0) return;
        var limit = probes.Exercises.Max(i => checks.TimeLimits[i]);
        try
        {
            var scopes = await runtime.TraceQubitsAsync(project, probes.All, limit, cancellationToken).ConfigureAwait(false);
            foreach (var i in probes.Exercises) CheckQubits(state, i, scopes.FirstOrDefault(s => s.Scope == Probes.Scope(i)));
            return;
        }
        catch (Exception e) when (e is QSharpRuntimeException or QSharpTimeoutException or QSharpHostException)
        {
            // One probe failed, compared measurements or looped: trace each alone to learn which.
        }
        foreach (var i in probes.Exercises)
        {
            try
            {
                var scopes = await runtime.TraceQubitsAsync(project, probes.Of(i), checks.TimeLimits[i], cancellationToken).ConfigureAwait(false);
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
        $"{state.Locate(context)}: {context.Exercise.Callable} did not finish within the time limit of {AssignmentLoader.Seconds(context.Exercise.TimeLimit)}{Input(context, input)} (an infinite loop, or far too much to simulate?)";

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
            var run = await runtime.RunSupervisedAsync(project, harness.RunExpression(pending), checks.Assignment.Seed, AssignmentChecks.CompileLimit, state.Facts,
                    cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (run.Outcome == SupervisedOutcome.Completed) return;
            var culprit = state.Facts.Current is { } k && pending.Contains(k) ? k : pending[0];
            state.Facts.EndRun();
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
                case SupervisedOutcome.Stopped or SupervisedOutcome.OutputLimit:
                    var limit = checks.Options.OutputLimit;
                    state.Decide(culprit, GradeStatus.OutputLimit, string.Create(CultureInfo.InvariantCulture,
                        $"{state.Locate(context)}: too much output: {context.Exercise.Callable} printed more than {limit.MaxEvents} messages and state dumps, or {OutputLimit.Bytes(limit.MaxBytes)}, while it was checked{Input(context, input)}"));
                    break;
                case SupervisedOutcome.Crashed when run.OutOfMemory:
                    state.Decide(culprit, GradeStatus.RuntimeError, string.Create(CultureInfo.InvariantCulture,
                        $"{state.Locate(context)}: the simulator ran out of memory while checking {context.Exercise.Callable}{Input(context, input)}: it holds 16·2^n bytes for n entangled qubits (at most 4 GiB), and this exercise allows {context.Exercise.QubitLimit} qubits; very deep recursion or huge arrays also fill it"));
                    break;
                default:
                    state.Decide(culprit, GradeStatus.RuntimeError, $"{state.Locate(context)}: the simulator stopped while checking {context.Exercise.Callable}{Input(context, input)}: {run.Error}");
                    break;
            }
            pending = pending.Skip(pending.IndexOf(culprit) + 1).Where(state.IsUndecided).ToList();
        }
    }

    /// <summary>Charges each compile error to the exercise it belongs to and leaves out what does not compile.</summary>
    /// <param name="state">The student.</param>
    /// <param name="generated">The generated files (checks, probes, exports): an error in one is charged to the exercise of its line.</param>
    /// <param name="diagnostics">The compiler's errors.</param>
    /// <returns>False when nothing could be charged (the caller then fails every exercise left).</returns>
    private bool Triage(State state, IReadOnlyList<GeneratedFile> generated, IReadOnlyList<QSharpDiagnostic> diagnostics)
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
            else if (generated.FirstOrDefault(g => g.Document == d.File) is { } g && g.ExerciseAt(d.Line) is { } exercise)
            {
                if (!state.IsUndecided(exercise)) continue;
                var context = checks.Contexts[exercise];
                if (g is Harness harness && BlamesReference(harness, d, context))
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
                    var where = declared.Value.File.Location(declared.Value.Span.Line, declared.Value.Span.Column);
                    if (g is Exports)
                        state.Decide(exercise, GradeStatus.CompileError, $"{where}: {context.Exercise.Callable} cannot be called by the checks: {AssignmentChecks.FirstLine(d.Message)}");
                    else
                        state.Decide(exercise, GradeStatus.Signature, $"{where}: {context.Exercise.Callable} does not fit '{context.Exercise.Signature}': {AssignmentChecks.FirstLine(d.Message)}");
                }
                progress = true;
            }
            else if (checks.Reference.File(d.File) is not null || d.File == checks.ReferenceExports.Document)
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

    private bool TriageStudentError(State state, SourceFile file, QSharpDiagnostic d)
    {
        var text = $"{file.Location(d.Line, d.Column)}: {AssignmentChecks.FirstLine(d.Message)}{ReservedNote(d)}";
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

    /// <summary>For a name the student's code could not find that belongs to the grader (the reference's or the checks'
    /// documents, or a namespace the reference declares): why it cannot be called.</summary>
    private string ReservedNote(QSharpDiagnostic d)
    {
        if (d.Code != "Qdk.Qsc.Resolve.NotFound" || d.Message.Split('`') is not [_, var name, ..]) return "";
        var head = name.Split('.')[0];
        var reserved = head.StartsWith(CheckContext.ReferencePrefix, StringComparison.Ordinal) || head.StartsWith("QmlGrading", StringComparison.Ordinal)
            || head.StartsWith("QmlProbes", StringComparison.Ordinal) || head is Exports.ReferenceAlias or Exports.StudentAlias
            || checks.Reference.Files.Any(f => CallableSpans.Namespaces(f.Text).Any(n => n.Name.Split('.')[0] == head));
        return reserved ? " (a submission cannot call the assignment's reference or its checks)" : "";
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

        public FactCollector Facts { get; } = new(checks.TimeLimits, checks.Options.OutputLimit);

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
