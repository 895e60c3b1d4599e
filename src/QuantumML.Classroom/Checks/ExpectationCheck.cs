using System.Globalization;
using System.Text;
using QuantumML.QSharp.Values;

namespace QuantumML.Classroom.Checks;

/// <summary>An estimated expectation value (kind <c>expectation</c>): the student's Double must lie within the tolerance of the
/// exact ⟨Z…Z⟩ of the reference circuit's state, read from a state dump of that circuit (made once per assignment).</summary>
internal sealed class ExpectationCheck : ICheck
{
    public void WriteStudent(CheckContext context, StringBuilder q) => context.WriteStudentValues(q);

    public bool WriteReference(CheckContext context, StringBuilder q)
    {
        foreach (var c in context.Cases)
            context.DumpCircuit(q, c.Input, c.Index.ToString(CultureInfo.InvariantCulture));
        return true;
    }

    public Verdict Judge(CheckContext context, ExerciseFacts student, ExerciseFacts reference)
    {
        var spec = context.Spec;
        foreach (var c in context.Cases)
        {
            var key = c.Index.ToString(CultureInfo.InvariantCulture);
            var exact = PauliZ.Expectation(reference.Dump(key) ?? throw new InvalidOperationException($"exercise {context.Exercise.Id}: no reference state for input {c.Index}"), spec.Observable);
            var text = student.Text("value", key) ?? "";
            var estimate = QValueParser.TryParse(text, out var v) && v is QDouble d ? d.Value : double.NaN;
            if (!(Math.Abs(estimate - exact) <= spec.Tolerance))
                return Verdict.Fail(string.Create(CultureInfo.InvariantCulture,
                    $"{context.Describe(c)}, {context.Exercise.Callable} estimated {ValueComparison.Abbreviate(text)}; the exact {PauliZ.Label(spec.Observable)} is {exact:0.####} (accepted error ±{spec.Tolerance:G4})"));
        }
        return Verdict.Pass;
    }
}
