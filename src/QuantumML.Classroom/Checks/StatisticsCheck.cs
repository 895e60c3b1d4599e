using System.Globalization;
using System.Text;
using QuantumML.QSharp.Values;

namespace QuantumML.Classroom.Checks;

/// <summary>Measurement statistics (kind <c>statistics</c>): the student's operation is called <c>shots</c> times per input,
/// the reference <c>referenceShots</c> times (once per assignment), and a chi-squared test of homogeneity must not reject,
/// at the check's significance, that both draw their outcomes from one distribution. Runs are seeded, so a grade repeats.</summary>
internal sealed class StatisticsCheck : ICheck
{
    public void WriteStudent(CheckContext context, StringBuilder q) => WriteSamples(context, q, context.Student, context.Spec.Shots, counted: true);

    public bool WriteReference(CheckContext context, StringBuilder q)
    {
        WriteSamples(context, q, context.Reference, context.Spec.ReferenceShots, counted: false);
        return true;
    }

    private static void WriteSamples(CheckContext context, StringBuilder q, CallSite site, int shots, bool counted)
    {
        var type = context.Exercise.Signature.ReturnType;
        foreach (var c in context.Cases)
        {
            var key = c.Index.ToString(CultureInfo.InvariantCulture);
            var call = site.Call(c.Arguments);
            q.AppendLine($"    {context.Fact("case", key)}");
            var first = 1;
            if (counted && c.Index == 0)
            {
                context.StudentCall(q, "first", call, first: true);
                first = 2;
            }
            q.AppendLine($"    mutable s{key} : {type}[] = [{(first == 2 ? "first" : "")}];");
            q.AppendLine($"    for _ in {first.ToString(CultureInfo.InvariantCulture)}..{shots.ToString(CultureInfo.InvariantCulture)} {{");
            q.AppendLine($"        set s{key} += [{call}];");
            q.AppendLine("    }");
            q.AppendLine($"    {context.Fact("samples", key, $"{{s{key}}}")}");
        }
    }

    public Verdict Judge(CheckContext context, ExerciseFacts student, ExerciseFacts reference)
    {
        var spec = context.Spec;
        foreach (var c in context.Cases)
        {
            var key = c.Index.ToString(CultureInfo.InvariantCulture);
            var mine = Counts(student.Text("samples", key));
            var theirs = Counts(reference.Text("samples", key));
            var test = ChiSquaredTest.Homogeneity(mine, theirs);
            if (test.PValue < spec.Significance)
                return Verdict.Fail(string.Create(CultureInfo.InvariantCulture,
                    $"{context.Describe(c)}, the outcomes of {context.Exercise.Callable} are not distributed like the reference's: yours {Show(mine)}, the reference's {Show(theirs)}; chi-squared {test.Statistic:0.#} with {test.Freedom} degree(s) of freedom, p {(test.PValue < 1e-15 ? "< 1e-15" : $"= {test.PValue:G3}")} < significance {spec.Significance:G3}"));
        }
        return Verdict.Pass;
    }

    /// <summary>Outcome counts from a printed array of outcomes.</summary>
    private static Dictionary<string, int> Counts(string? samples)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (samples is null || !QValueParser.TryParse(samples, out var value) || value is not QArray array) return counts;
        foreach (var outcome in array.Elements)
        {
            var text = outcome.ToString();
            counts[text] = counts.GetValueOrDefault(text) + 1;
        }
        return counts;
    }

    /// <summary>Counts as <c>{Zero: 12, One: 8}</c>, most frequent first.</summary>
    private static string Show(Dictionary<string, int> counts) =>
        "{" + string.Join(", ", counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(6).Select(p => $"{p.Key}: {p.Value}"))
            + (counts.Count > 6 ? ", …" : "") + $"}} of {counts.Values.Sum()}";
}
