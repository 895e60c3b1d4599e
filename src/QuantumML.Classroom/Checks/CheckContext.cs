using System.Globalization;
using System.Text;
using QuantumML.Classroom.Assignments;

namespace QuantumML.Classroom.Checks;

/// <summary>One exercise as the generated Q# sees it: its index in the run, its inputs, and the two call sites.</summary>
/// <param name="Index">The exercise's position in the assignment; facts carry it.</param>
/// <param name="Exercise">The exercise.</param>
/// <param name="Cases">Its check's inputs.</param>
internal sealed record CheckContext(int Index, Exercise Exercise, IReadOnlyList<CheckCase> Cases)
{
    /// <summary>The prefix of the student's documents and namespaces.</summary>
    public const string StudentPrefix = "QmlStudent";

    /// <summary>The prefix of the reference's documents and namespaces.</summary>
    public const string ReferencePrefix = "QmlReference";

    /// <summary>Where the checks call the student's callable: its exports in the student's package (or, for a probe compiled
    /// beside the student's files, the namespace it is declared in).</summary>
    public string StudentNamespace { get; init; } = Exports.StudentNamespace;

    /// <summary>Where the checks call the reference's callable: its exports in the reference's package.</summary>
    public string ReferenceNamespace { get; init; } = Exports.ReferenceNamespace;

    /// <summary>Where the checks call the reference circuit an expectation or gradient check measures.</summary>
    public string CircuitNamespace { get; init; } = Exports.ReferenceNamespace;

    /// <summary>The secret of the run the checks are written for: every fact starts with it, so that a message the student's code
    /// prints can never pass for one (the student's package cannot read the checks' source, nor name anything in it).</summary>
    public string Secret { get; init; } = "";

    /// <summary>The student's callable.</summary>
    public CallSite Student => new(StudentNamespace, Exercise.Signature);

    /// <summary>The reference's callable.</summary>
    public CallSite Reference => new(ReferenceNamespace, Exercise.Signature);

    /// <summary>The check's settings.</summary>
    public CheckSpec Spec => Exercise.Check;

    /// <summary>A statement emitting a fact; <paramref name="text"/> is Q# interpolation text (a <c>{name}</c> inserts a value).</summary>
    public string Fact(string tag, string key, string text = "") =>
        $"Message($\"{FactCollector.Prefix}{Secret}|{Index.ToString(CultureInfo.InvariantCulture)}|{tag}|{key}|{text}\");";

    /// <summary>How a message names a case's input.</summary>
    public string Describe(CheckCase c) =>
        Exercise.Signature.Classical.Count == 0 && Exercise.Signature.Register is not null
            ? $"on a register of {Spec.Qubits} qubit{(Spec.Qubits == 1 ? "" : "s")}"
            : $"on input {c.Describe(Exercise.Signature)}";

    /// <summary>Statements that call the student's operation once on a fresh register and stop the exercise when it had more
    /// qubits in use at once than allowed (the register included).</summary>
    public void CountRegisterCall(StringBuilder q, CheckCase c)
    {
        var n = Spec.Qubits.ToString(CultureInfo.InvariantCulture);
        q.AppendLine($"    {Fact("case", c.Index.ToString(CultureInfo.InvariantCulture))}");
        q.AppendLine("    {");
        q.AppendLine($"        use qs = Qubit[{n}];");
        q.AppendLine("        StartCountingQubits();");
        q.AppendLine($"        {Student.Call(c.Arguments)};");
        q.AppendLine("        let used = StopCountingQubits();");
        q.AppendLine("        ResetAll(qs);");
        q.AppendLine($"        {Fact("qubits", "", $"{{used + {n}}}")}");
        q.AppendLine($"        if used + {n} > {Exercise.QubitLimit.ToString(CultureInfo.InvariantCulture)} {{ return (); }}");
        q.AppendLine("    }");
    }

    /// <summary>Statements binding <paramref name="variable"/> to a call of the student's callable; for an operation's first call,
    /// its qubits are counted and the exercise stops when it had too many in use at once.</summary>
    public void StudentCall(StringBuilder q, string variable, string call, bool first)
    {
        var counted = first && Exercise.Signature.IsOperation;
        if (counted) q.AppendLine("    StartCountingQubits();");
        q.AppendLine($"    let {variable} = {call};");
        if (!counted) return;
        q.AppendLine("    let used = StopCountingQubits();");
        q.AppendLine($"    {Fact("qubits", "", "{used}")}");
        q.AppendLine($"    if used > {Exercise.QubitLimit.ToString(CultureInfo.InvariantCulture)} {{ return (); }}");
    }

    /// <summary>Statements emitting the value the student's callable returns on each input (values, expectation and gradient checks).</summary>
    public void WriteStudentValues(StringBuilder q)
    {
        foreach (var c in Cases)
        {
            var key = c.Index.ToString(CultureInfo.InvariantCulture);
            q.AppendLine($"    {Fact("case", key)}");
            StudentCall(q, $"v{key}", Student.Call(c.Arguments), first: c.Index == 0);
            q.AppendLine($"    {Fact("value", key, $"{{v{key}}}")}");
        }
    }

    /// <summary>Statements that prepare the reference circuit's state for <paramref name="input"/> and dump it under <paramref name="key"/>.</summary>
    public void DumpCircuit(StringBuilder q, string input, string key, string indent = "    ")
    {
        q.AppendLine($"{indent}{{");
        q.AppendLine($"{indent}    use qs = Qubit[{Spec.Qubits.ToString(CultureInfo.InvariantCulture)}];");
        q.AppendLine($"{indent}    {CircuitNamespace}.{Spec.Circuit}({input}, qs);");
        q.AppendLine($"{indent}    {Fact("dump", key)}");
        q.AppendLine($"{indent}    DumpMachine();");
        q.AppendLine($"{indent}    ResetAll(qs);");
        q.AppendLine($"{indent}}}");
    }
}
