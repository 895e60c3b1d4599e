using System.Globalization;
using System.Text;
using QuantumML.QSharp.Values;

namespace QuantumML.Classroom.Checks;

/// <summary>An estimated gradient (kind <c>gradient</c>): each component of the student's Double[] must lie within the tolerance
/// of the exact parameter-shift gradient of ⟨Z…Z⟩ on the reference circuit, ∂ⱼ⟨O⟩ = (⟨O⟩(θ + π/2·eⱼ) − ⟨O⟩(θ − π/2·eⱼ)) / 2,
/// from state dumps of the shifted circuits (made once per assignment). The rule is exact when each θⱼ enters one Pauli rotation.</summary>
internal sealed class GradientCheck : ICheck
{
    public void WriteStudent(CheckContext context, StringBuilder q) => context.WriteStudentValues(q);

    public bool WriteReference(CheckContext context, StringBuilder q)
    {
        foreach (var c in context.Cases)
        {
            var key = c.Index.ToString(CultureInfo.InvariantCulture);
            q.AppendLine("    {");
            q.AppendLine($"        let theta = {c.Input};");
            q.AppendLine("        for j in 0..Length(theta) - 1 {");
            foreach (var (sign, label) in new[] { ("+", "p"), ("-", "m") })
                context.DumpCircuit(q, $"(theta w/ j <- theta[j] {sign} PI() / 2.0)", $"{key}:{{j}}:{label}", "            ");
            q.AppendLine("        }");
            q.AppendLine("    }");
        }
        return true;
    }

    public Verdict Judge(CheckContext context, ExerciseFacts student, ExerciseFacts reference)
    {
        var spec = context.Spec;
        foreach (var c in context.Cases)
        {
            var key = c.Index.ToString(CultureInfo.InvariantCulture);
            var parameters = QValueParser.Parse(c.Input).AsDoubleArray().Length;
            var exact = new double[parameters];
            for (var j = 0; j < parameters; j++)
            {
                double E(string label) => PauliZ.Expectation(
                    reference.Dump(string.Create(CultureInfo.InvariantCulture, $"{key}:{j}:{label}")) ?? throw new InvalidOperationException($"exercise {context.Exercise.Id}: no shifted reference state {key}:{j}:{label}"),
                    spec.Observable);
                exact[j] = (E("p") - E("m")) / 2;
            }
            var text = student.Text("value", key) ?? "";
            var estimate = QValueParser.TryParse(text, out var v) && v is QArray a && a.Elements.All(e => e is QDouble) ? v.AsDoubleArray() : null;
            var where = $"{context.Describe(c)}, {context.Exercise.Callable}";
            if (estimate is null || estimate.Length != parameters)
                return Verdict.Fail(string.Create(CultureInfo.InvariantCulture,
                    $"{where} returned {ValueComparison.Abbreviate(text)}; the gradient has one component per parameter, {parameters}"));
            for (var j = 0; j < parameters; j++)
            {
                if (!(Math.Abs(estimate[j] - exact[j]) <= spec.Tolerance))
                    return Verdict.Fail(string.Create(CultureInfo.InvariantCulture,
                        $"{where} estimated ∂{PauliZ.Label(spec.Observable)}/∂θ{PauliZ.Subscript(j)} = {estimate[j]:0.####}; the parameter-shift rule gives {exact[j]:0.####} (accepted error ±{spec.Tolerance:G4})"));
            }
        }
        return Verdict.Pass;
    }
}
