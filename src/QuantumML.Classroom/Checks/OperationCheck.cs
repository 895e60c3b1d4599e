using System.Globalization;
using System.Text;

namespace QuantumML.Classroom.Checks;

/// <summary>Operation equivalence up to a global phase (kinds <c>operation</c> and <c>ansatz</c>), with
/// <c>Std.Diagnostics.CheckOperationsAreEqual</c>: the register is entangled with as many auxiliary qubits, the student's
/// operation then the reference's adjoint are applied, and the pair must return to |0…0⟩ (the Choi–Jamiołkowski test).
/// Adjoint and controlled variants are compared too when the signature declares them.</summary>
internal sealed class OperationCheck : ICheck
{
    public void WriteStudent(CheckContext context, StringBuilder q)
    {
        context.CountRegisterCall(q, context.Cases[0]);
        foreach (var c in context.Cases)
        {
            q.AppendLine($"    {context.Fact("case", c.Index.ToString(CultureInfo.InvariantCulture))}");
            foreach (var variant in Variants.Of(context.Exercise.Signature))
            {
                var width = context.Spec.Qubits + (variant.StartsWith(Variants.Controlled, StringComparison.Ordinal) ? 1 : 0);
                q.AppendLine($"    if not CheckOperationsAreEqual({width.ToString(CultureInfo.InvariantCulture)}, qs => {context.Student.Variant(variant, c.Arguments)}, qs => {context.Reference.Variant(variant, c.Arguments)}) {{");
                q.AppendLine($"        {context.Fact("differs", c.Index.ToString(CultureInfo.InvariantCulture), variant)}");
                q.AppendLine("        return ();");
                q.AppendLine("    }");
            }
        }
    }

    public bool WriteReference(CheckContext context, StringBuilder q) => false;

    public Verdict Judge(CheckContext context, ExerciseFacts student, ExerciseFacts reference)
    {
        if (student.Difference is not { } difference) return Verdict.Pass;
        var name = context.Exercise.Callable;
        var where = context.Describe(context.Cases[difference.Case]);
        var n = context.Spec.Qubits;
        return Verdict.Fail(difference.Variant switch
        {
            Variants.Body => $"{where}, {name} is not the reference's operation, even up to a global phase (compared on its {n}-qubit register entangled with {n} auxiliary qubits)",
            Variants.Adjoint => $"{where}, Adjoint {name} differs from the reference's adjoint; the operation itself matches, so its adjoint specialization is wrong",
            Variants.Controlled => $"{where}, Controlled {name} differs from the reference's; the operation itself matches, so either its controlled specialization is wrong or it differs by a phase, which is global for the operation but relative once it is controlled",
            _ => $"{where}, Controlled Adjoint {name} differs from the reference's; the operation, its adjoint and its controlled variant match",
        });
    }
}
