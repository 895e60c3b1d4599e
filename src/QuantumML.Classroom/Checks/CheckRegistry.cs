using QuantumML.Classroom.Assignments;

namespace QuantumML.Classroom.Checks;

/// <summary>The check that implements each kind.</summary>
internal static class CheckRegistry
{
    private static readonly OperationCheck Operation = new();
    private static readonly StateCheck State = new();

    public static ICheck For(CheckKind kind) => kind switch
    {
        CheckKind.Operation or CheckKind.Ansatz => Operation,
        CheckKind.State or CheckKind.Encoding => State,
        CheckKind.Values => new ValuesCheck(),
        CheckKind.Statistics => new StatisticsCheck(),
        CheckKind.Expectation => new ExpectationCheck(),
        CheckKind.Gradient => new GradientCheck(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no check for this kind"),
    };
}
