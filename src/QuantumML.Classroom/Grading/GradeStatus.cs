namespace QuantumML.Classroom.Grading;

/// <summary>How an exercise of one student ended.</summary>
public enum GradeStatus
{
    /// <summary>Every check passed: full points.</summary>
    Passed,

    /// <summary>A check failed: the answer is wrong on some input.</summary>
    Wrong,

    /// <summary>The callable does not compile (or the file does not).</summary>
    CompileError,

    /// <summary>The callable failed while running (a <c>fail</c>, a failed <c>Fact</c>, an index out of range…).</summary>
    RuntimeError,

    /// <summary>The checks passed the exercise's time limit (an infinite loop, or far too much work).</summary>
    TimeLimit,

    /// <summary>The callable had more qubits in use at once than the exercise allows.</summary>
    QubitLimit,

    /// <summary>The code printed more messages or state dumps while it was checked than an exercise allows.</summary>
    OutputLimit,

    /// <summary>The student's files do not declare the callable.</summary>
    Missing,

    /// <summary>The callable is declared with another signature than the exercise asks for.</summary>
    Signature,
}

/// <summary>The names of statuses in <c>grades.csv</c>.</summary>
public static class GradeStatuses
{
    /// <summary>The status as <c>grades.csv</c> writes it, such as <c>time-limit</c>.</summary>
    public static string Name(this GradeStatus status) => status switch
    {
        GradeStatus.Passed => "pass",
        GradeStatus.Wrong => "wrong",
        GradeStatus.CompileError => "compile-error",
        GradeStatus.RuntimeError => "runtime-error",
        GradeStatus.TimeLimit => "time-limit",
        GradeStatus.QubitLimit => "qubit-limit",
        GradeStatus.OutputLimit => "output-limit",
        GradeStatus.Missing => "missing",
        _ => "signature",
    };
}
