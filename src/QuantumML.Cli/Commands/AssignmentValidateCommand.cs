using System.CommandLine;
using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Grading;
using QuantumML.QSharp;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml assignment validate DIR</c>: the reference must pass every exercise, the template must compile and pass none.</summary>
internal sealed class AssignmentValidateCommand : BaseCommand
{
    private static readonly Argument<string> s_dir = new("dir") { Description = "The assignment folder." };
    private static readonly Option<double?> s_timeLimit = GradeCommand.TimeLimitOption();

    public AssignmentValidateCommand() : base("validate", "Check an assignment: the reference passes every exercise, the template compiles and passes none.")
    {
        Arguments.Add(s_dir);
        Options.Add(s_timeLimit);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var assignment = GradeCommand.LoadAssignment(parseResult.GetValue(s_dir)!);
        var options = new GradingOptions { TimeLimit = GradeCommand.ReadTimeLimit(parseResult, s_timeLimit) };
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        ValidationReport report;
        try
        {
            report = await AssignmentValidator.ValidateAsync(runtime, assignment, options, cancellationToken).ConfigureAwait(false);
        }
        catch (AssignmentException e)
        {
            await stderr.WriteLineAsync($"qml assignment validate: {assignment.Directory}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        for (var i = 0; i < assignment.Exercises.Count; i++)
        {
            var e = assignment.Exercises[i];
            var (reference, template) = (report.Reference.Exercises[i], report.Template.Exercises[i]);
            var ok = reference.Status == GradeStatus.Passed && template.Status is GradeStatus.Wrong or GradeStatus.RuntimeError or GradeStatus.TimeLimit or GradeStatus.QubitLimit or GradeStatus.OutputLimit;
            await stdout.WriteLineAsync($"{(ok ? "ok  " : "FAIL")} {e.Id} ({e.Check.Kind.Name()}, {e.Points} point(s)): reference {reference.Status.Name()}, template {template.Status.Name()}").ConfigureAwait(false);
        }
        foreach (var problem in report.Problems)
            await stderr.WriteLineAsync($"{Path.Combine(parseResult.GetValue(s_dir)!, Assignment.FileName)}: {problem}").ConfigureAwait(false);
        if (report.Problems.Count > 0) return ExitCodes.Failure;
        await stdout.WriteLineAsync($"OK {assignment.Name}: {assignment.Exercises.Count} exercises, {assignment.MaxPoints} points; the reference passes all of them and the template none").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
