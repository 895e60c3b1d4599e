namespace QuantumML.Classroom.Assignments;

/// <summary>One exercise of an assignment.</summary>
/// <param name="Id">Its id, such as <c>angle-encoding</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="Signature">The callable the student writes.</param>
/// <param name="Points">Points for passing; an exercise scores all or nothing.</param>
/// <param name="Check">How it is checked.</param>
/// <param name="Hints">Shown in the feedback of a student who did not pass.</param>
/// <param name="TimeLimit">How long its checks may run, per student.</param>
/// <param name="QubitLimit">The most qubits the student's callable may have in use at once, its own register included.</param>
public sealed record Exercise(
    string Id,
    string Title,
    Signature Signature,
    int Points,
    CheckSpec Check,
    IReadOnlyList<string> Hints,
    TimeSpan TimeLimit,
    int QubitLimit)
{
    /// <summary>The name of the callable the student writes.</summary>
    public string Callable => Signature.Name;
}
