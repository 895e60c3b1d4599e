using System.Globalization;
using System.Text.RegularExpressions;

namespace QuantumML.Simulation.Qir;

/// <summary>Reads the QIR text that the QDK compiler emits under the adaptive profile into its gate sequence.</summary>
/// <remarks>
/// The QDK writes one call per line, every qubit as a constant (<c>%Qubit* inttoptr (i64 3 to %Qubit*)</c>, or
/// <c>%Qubit* null</c> for qubit 0) and every angle as a literal double printed in full precision. No .NET library reads
/// LLVM IR text, and only this narrow shape is needed, so it is read here; anything outside it (a branch, a measurement,
/// a reset, an intrinsic not in <see cref="GateKind"/>) is refused with what it was, never guessed at.
/// </remarks>
public static partial class QirReader
{
    /// <summary>Parses <paramref name="qir"/>.</summary>
    /// <exception cref="QirUnsupportedException">The program is not a straight-line unitary circuit.</exception>
    public static QirCircuit Read(string qir)
    {
        ArgumentNullException.ThrowIfNull(qir);
        var gates = new List<QirGate>();
        var inEntry = false;
        var blocks = 0;
        var qubits = -1;
        foreach (var raw in qir.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("define ", StringComparison.Ordinal))
            {
                if (line.Contains("@ENTRYPOINT__", StringComparison.Ordinal) || line.Contains("#0", StringComparison.Ordinal)) inEntry = true;
                continue;
            }
            if (line.StartsWith("attributes #0", StringComparison.Ordinal) && RequiredQubits().Match(line) is { Success: true } q)
                qubits = int.Parse(q.Groups[1].Value, CultureInfo.InvariantCulture);
            if (!inEntry) continue;
            if (line == "}")
            {
                inEntry = false;
                continue;
            }
            if (line.Length == 0 || line.StartsWith(';')) continue;
            if (line.EndsWith(':'))
            {
                if (++blocks > 1) throw new QirUnsupportedException("the circuit branches (classical control flow, e.g. on a measurement result)");
                continue;
            }
            if (line.StartsWith("br ", StringComparison.Ordinal) || line.StartsWith("switch ", StringComparison.Ordinal))
                throw new QirUnsupportedException("the circuit branches (classical control flow, e.g. on a measurement result)");
            if (line.StartsWith("ret ", StringComparison.Ordinal) || line == "ret void") continue;
            ReadInstruction(line, gates);
        }
        if (qubits < 0) qubits = gates.Count == 0 ? 0 : gates.Max(g => g.Qubits.Max()) + 1;
        return new QirCircuit(gates, qubits);
    }

    private static void ReadInstruction(string line, List<QirGate> gates)
    {
        if (line.Contains("@__quantum__rt__read_result", StringComparison.Ordinal) || line.Contains("@__quantum__rt__result_equal", StringComparison.Ordinal))
            throw new QirUnsupportedException("the circuit reads a measurement result");
        var call = Call().Match(line);
        if (!call.Success)
            throw new QirUnsupportedException($"the circuit computes classical values at run time ('{Shorten(line)}')");
        var (ns, name, args) = (call.Groups[1].Value, call.Groups[2].Value, call.Groups[3].Value);
        if (ns == "rt")
        {
            if (name == "initialize" || name.EndsWith("record_output", StringComparison.Ordinal)) return;
            throw new QirUnsupportedException($"the circuit calls the runtime function __quantum__rt__{name}");
        }
        if (name is "m__body" or "mz__body" or "mresetz__body" or "mx__body" or "my__body")
            throw new QirUnsupportedException("the circuit measures a qubit (a mid-circuit measurement or a measurement before the end)");
        if (name == "reset__body")
            throw new QirUnsupportedException("the circuit resets a qubit");
        var kind = GateKinds.FromQirName(name)
            ?? throw new QirUnsupportedException($"the circuit uses the intrinsic __quantum__qis__{name}, which the compiled engine does not simulate");

        var angle = 0.0;
        var qubits = new List<int>(3);
        foreach (var arg in args.Split(", "))
        {
            var a = arg.Trim();
            if (a.StartsWith("double ", StringComparison.Ordinal))
            {
                var text = a[7..];
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out angle) || !double.IsFinite(angle))
                    throw new QirUnsupportedException($"a {kind} gate has the angle '{text}', which is not a finite number");
            }
            else if (a == "%Qubit* null")
            {
                qubits.Add(0);
            }
            else if (QubitId().Match(a) is { Success: true } q)
            {
                qubits.Add(int.Parse(q.Groups[1].Value, CultureInfo.InvariantCulture));
            }
            else
            {
                throw new QirUnsupportedException($"a {kind} gate has the argument '{Shorten(a)}', not a constant qubit or angle");
            }
        }
        if (qubits.Count != kind.Arity())
            throw new QirUnsupportedException($"a {kind} gate has {qubits.Count} qubit arguments, not {kind.Arity()}");
        if (qubits.Distinct().Count() != qubits.Count)
            throw new QirUnsupportedException($"a {kind} gate acts twice on qubit {qubits[0]}");
        gates.Add(new QirGate(kind, [.. qubits], angle));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"^call \S+ @__quantum__(qis|rt)__([A-Za-z0-9_]+)\((.*)\)(\s*#\d+)?$")]
    private static partial Regex Call();

    [GeneratedRegex(@"^%Qubit\* inttoptr \(i64 (\d+) to %Qubit\*\)$")]
    private static partial Regex QubitId();

    [GeneratedRegex("\"required_num_qubits\"=\"(\\d+)\"")]
    private static partial Regex RequiredQubits();
}
