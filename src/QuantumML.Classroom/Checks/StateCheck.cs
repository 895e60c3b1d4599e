using System.Globalization;
using System.Text;

namespace QuantumML.Classroom.Checks;

/// <summary>State preparation up to a global phase (kinds <c>state</c> and <c>encoding</c>): the student's operation prepares
/// |ψ⟩ from |0…0⟩, the reference's adjoint is applied, and the fidelity |⟨φ|ψ⟩|² is the probability of |0…0⟩ in the dumped
/// state; it must be at least 1 − 1e-6.</summary>
internal sealed class StateCheck : ICheck
{
    /// <summary>The least fidelity accepted.</summary>
    public const double MinFidelity = 1 - 1e-6;

    public void WriteStudent(CheckContext context, StringBuilder q)
    {
        context.CountRegisterCall(q, context.Cases[0]);
        foreach (var c in context.Cases)
        {
            q.AppendLine($"    {context.Fact("case", c.Index.ToString(CultureInfo.InvariantCulture))}");
            q.AppendLine("    {");
            q.AppendLine($"        use qs = Qubit[{context.Spec.Qubits.ToString(CultureInfo.InvariantCulture)}];");
            q.AppendLine($"        {context.Student.Call(c.Arguments)};");
            q.AppendLine($"        Adjoint {context.Reference.Call(c.Arguments)};");
            q.AppendLine($"        {context.Fact("dump", c.Index.ToString(CultureInfo.InvariantCulture))}");
            q.AppendLine("        DumpMachine();");
            q.AppendLine("        ResetAll(qs);");
            q.AppendLine("    }");
        }
    }

    public bool WriteReference(CheckContext context, StringBuilder q) => false;

    public Verdict Judge(CheckContext context, ExerciseFacts student, ExerciseFacts reference)
    {
        foreach (var c in context.Cases)
        {
            var dump = student.Dump(c.Index.ToString(CultureInfo.InvariantCulture))
                ?? throw new InvalidOperationException($"exercise {context.Exercise.Id}: no state dump for input {c.Index}");
            var fidelity = dump.Probabilities()[0];
            if (fidelity < MinFidelity)
                return Verdict.Fail(string.Create(CultureInfo.InvariantCulture,
                    $"{context.Describe(c)}, the state {context.Exercise.Callable} prepares from |0…0⟩ has fidelity {fidelity:0.######} with the reference's (at least {MinFidelity} is needed)"));
        }
        return Verdict.Pass;
    }
}
