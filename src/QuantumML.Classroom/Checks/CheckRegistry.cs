using QuantumML.Classroom.Assignments;

namespace QuantumML.Classroom.Checks;

/// <summary>The check that implements each kind; checks hold no state, so one of each serves every exercise.</summary>
internal static class CheckRegistry
{
    private static readonly OperationCheck Operation = new();
    private static readonly StateCheck State = new();
    private static readonly ValuesCheck Values = new();
    private static readonly StatisticsCheck Statistics = new();
    private static readonly ExpectationCheck Expectation = new();
    private static readonly GradientCheck Gradient = new();

    public static ICheck For(CheckKind kind) => kind switch
    {
        CheckKind.Operation or CheckKind.Ansatz => Operation,
        CheckKind.State or CheckKind.Encoding => State,
        CheckKind.Values => Values,
        CheckKind.Statistics => Statistics,
        CheckKind.Expectation => Expectation,
        CheckKind.Gradient => Gradient,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no check for this kind"),
    };
}
