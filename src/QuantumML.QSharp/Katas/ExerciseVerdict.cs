namespace QuantumML.QSharp.Katas;

/// <summary>What the Quantum Katas checker concluded about a solution.</summary>
public enum ExerciseVerdict
{
    /// <summary>The exercise's verification returned true.</summary>
    Passed,

    /// <summary>The verification ran and returned false; its messages say which case failed.</summary>
    Failed,

    /// <summary>The solution, or the exercise's code with it, did not compile.</summary>
    CompileError,

    /// <summary>The program failed while running (a <c>fail</c>, an index out of range, too many qubits).</summary>
    RuntimeError,
}
