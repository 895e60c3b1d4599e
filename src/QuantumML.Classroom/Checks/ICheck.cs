using System.Text;

namespace QuantumML.Classroom.Checks;

/// <summary>A check kind: the Q# it generates and how it judges the facts that Q# reports.</summary>
/// <remarks>The student's part runs in the student's one program (with the reference compiled beside it, for checks that need
/// both in one circuit); the reference's part runs once per assignment and its facts serve every student.</remarks>
internal interface ICheck
{
    /// <summary>Appends the statements of the student's checks: the body of an operation that may return early.</summary>
    void WriteStudent(CheckContext context, StringBuilder q);

    /// <summary>Appends the statements computing the reference's facts; returns false when the check needs none.</summary>
    bool WriteReference(CheckContext context, StringBuilder q);

    /// <summary>The verdict on the student's facts, given the reference's.</summary>
    Verdict Judge(CheckContext context, ExerciseFacts student, ExerciseFacts reference);
}
