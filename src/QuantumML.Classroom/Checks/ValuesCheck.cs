using System.Globalization;
using System.Text;

namespace QuantumML.Classroom.Checks;

/// <summary>Return values on listed inputs (kind <c>values</c>): the student's and the reference's values, as Q# prints them,
/// must match (Doubles within the check's tolerance). The reference's values are computed once per assignment.</summary>
internal sealed class ValuesCheck : ICheck
{
    public void WriteStudent(CheckContext context, StringBuilder q) => context.WriteStudentValues(q);

    public bool WriteReference(CheckContext context, StringBuilder q)
    {
        foreach (var c in context.Cases)
        {
            var key = c.Index.ToString(CultureInfo.InvariantCulture);
            q.AppendLine($"    let v{key} = {context.Reference.Call(c.Arguments)};");
            q.AppendLine($"    {context.Fact("value", key, $"{{v{key}}}")}");
        }
        return true;
    }

    public Verdict Judge(CheckContext context, ExerciseFacts student, ExerciseFacts reference)
    {
        foreach (var c in context.Cases)
        {
            var key = c.Index.ToString(CultureInfo.InvariantCulture);
            var actual = student.Text("value", key) ?? "";
            var expected = reference.Text("value", key) ?? "";
            if (!ValueComparison.Matches(actual, expected, context.Spec.Tolerance))
                return Verdict.Fail($"{context.Describe(c)}, {context.Exercise.Callable} returned {ValueComparison.Abbreviate(actual)}; the reference returns {ValueComparison.Abbreviate(expected)}");
        }
        return Verdict.Pass;
    }
}
