using System.Globalization;
using System.Text;
using QuantumML.QSharp;
using QuantumML.Simulation.Qir;

namespace QuantumML.Simulation.Tapes;

/// <summary>One Q# program that applies a circuit to many (features, parameters) points, each on its own slice of one
/// register, so that a single QDK compilation yields the gate sequence of every point.</summary>
internal static class ProbeProgram
{
    /// <summary>The compiler is asked for at most this many qubits at once (QIR only names them; nothing is simulated).</summary>
    private const int MaxQubitsPerCompile = 24_000;

    /// <summary>Compiles <paramref name="template"/> at every point and returns each point's gates, in program order, with
    /// qubits relative to its slice.</summary>
    /// <exception cref="CompiledEngineRefusedException">The compiler refused the program, or its QIR is not a straight-line unitary
    /// circuit on the given register.</exception>
    public static async Task<List<QirGate>[]> CompileAsync(QSharpRuntime runtime, QSharpProject project, CircuitTemplate template,
        IReadOnlyList<(double[] X, double[] Theta)> points, CancellationToken ct)
    {
        var n = template.Qubits;
        var perCompile = Math.Max(1, MaxQubitsPerCompile / n);
        var result = new List<QirGate>[points.Count];
        for (var start = 0; start < points.Count; start += perCompile)
        {
            var count = Math.Min(perCompile, points.Count - start);
            var qir = await QirAsync(runtime, project, Expression(template, points, start, count), ct).ConfigureAwait(false);
            QirCircuit circuit;
            try
            {
                circuit = QirReader.Read(qir);
            }
            catch (QirUnsupportedException e)
            {
                throw new CompiledEngineRefusedException($"{e.Message}; the compiled engine runs straight-line unitary circuits only");
            }
            var blocks = Split(circuit, n, count);
            Array.Copy(blocks, 0, result, start, count);
        }
        return result;
    }

    private static string Expression(CircuitTemplate template, IReadOnlyList<(double[] X, double[] Theta)> points, int start, int count)
    {
        var n = template.Qubits;
        var text = new StringBuilder();
        text.Append("{\n    let qmlCircuit = ").Append(template.Expression).Append(";\n");
        text.Append(CultureInfo.InvariantCulture, $"    use qmlQubits = Qubit[{n * count}];\n");
        for (var k = 0; k < count; k++)
        {
            var (x, theta) = points[start + k];
            var register = string.Create(CultureInfo.InvariantCulture, $"qmlQubits[{k * n}..{(k + 1) * n - 1}]");
            text.Append("    ").Append(template.Call("qmlCircuit", x, theta, register)).Append('\n');
        }
        return text.Append('}').ToString();
    }

    private static async Task<string> QirAsync(QSharpRuntime runtime, QSharpProject project, string expression, CancellationToken ct)
    {
        try
        {
            return await runtime.QirAsync(project, expression, TimeSpan.FromMinutes(5), ct).ConfigureAwait(false);
        }
        catch (QSharpCompilationException e)
        {
            throw new CompiledEngineRefusedException($"the QDK compiler cannot compile it to QIR for the adaptive profile ({First(e.Diagnostics)})");
        }
        catch (QSharpRuntimeException e)
        {
            throw new CompiledEngineRefusedException($"the QDK compiler failed while evaluating it for QIR ({First(e.Diagnostics)})");
        }
        catch (QSharpTimeoutException)
        {
            throw new CompiledEngineRefusedException("the QDK compiler took more than 5 minutes to compile it to QIR");
        }
    }

    private static string First(IReadOnlyList<QSharpDiagnostic> diagnostics) =>
        diagnostics.Count == 0 ? "no diagnostics" : diagnostics[0].ToString();

    /// <summary>Cuts the gate list into the points' slices; every gate must lie inside one slice.</summary>
    private static List<QirGate>[] Split(QirCircuit circuit, int n, int count)
    {
        var blocks = new List<QirGate>[count];
        for (var k = 0; k < count; k++) blocks[k] = [];
        foreach (var gate in circuit.Gates)
        {
            var block = gate.Qubits[0] / n;
            if (gate.Qubits.Any(q => q >= n * count))
                throw new CompiledEngineRefusedException("the circuit allocates qubits of its own beyond its register; the compiled engine simulates the register alone");
            if (gate.Qubits.Any(q => q / n != block))
                throw new CompiledEngineRefusedException("a gate of the compiled program spans two probe registers (internal error)");
            blocks[block].Add(gate with { Qubits = gate.Qubits.Select(q => q - block * n).ToArray() });
        }
        return blocks;
    }
}
