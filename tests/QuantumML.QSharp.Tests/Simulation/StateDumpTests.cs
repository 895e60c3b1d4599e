using System.Text;
using QuantumML.QSharp.Tests.Simulation;

namespace QuantumML.QSharp.Tests.Simulation;

public sealed class StateDumpTests
{
    [Fact]
    public async Task RandomCircuitDumpsEqualMathNetMatrixProducts()
    {
        var random = new Random(20261125);
        var circuits = Enumerable.Range(0, 60).Select(_ => RandomCircuit.Make(random)).ToList();
        var source = new StringBuilder("import Std.Diagnostics.*;\n");
        for (var c = 0; c < circuits.Count; c++)
        {
            var (n, gates) = circuits[c];
            source.Append(System.Globalization.CultureInfo.InvariantCulture, $"operation C{c}() : Unit {{ use q = Qubit[{n}]; ");
            foreach (var gate in gates) source.Append(gate.ToQSharp("q")).Append(' ');
            source.Append("DumpMachine(); ResetAll(q); }\n");
        }
        source.Append("operation RunAll() : Unit {\n");
        for (var c = 0; c < circuits.Count; c++) source.Append(System.Globalization.CultureInfo.InvariantCulture, $"    C{c}();\n");
        source.Append("}\n");
        var project = QSharpProject.FromSource(source.ToString(), "Circuits.qs");

        var dumps = (await SharedRuntime.Instance.RunAsync(project, "Circuits.RunAll()")).SingleShot.Dumps;

        Assert.Equal(circuits.Count, dumps.Count);
        for (var c = 0; c < circuits.Count; c++)
        {
            var (n, gates) = circuits[c];
            var expected = ReferenceSimulator.Run(n, gates);
            Assert.Equal(n, dumps[c].QubitCount);
            for (var i = 0; i < expected.Count; i++)
            {
                var diff = (dumps[c].Amplitudes[i] - expected[i]).Magnitude;
                Assert.True(diff < 1e-9, $"circuit {c} ({string.Join(" ", gates.Select(g => g.ToQSharp("q")))}), amplitude {i}: Q# {dumps[c].Amplitudes[i]}, MathNet {expected[i]}");
            }
        }
    }

    [Fact]
    public async Task QubitZeroIsTheMostSignificantBit()
    {
        var project = QSharpProject.FromSource("""
            import Std.Diagnostics.*;
            operation FlipFirst() : Unit { use q = Qubit[3]; X(q[0]); DumpMachine(); ResetAll(q); }
            operation FlipLast() : Unit { use q = Qubit[3]; X(q[2]); DumpMachine(); ResetAll(q); }
            """, "Order.qs");

        var first = (await SharedRuntime.Instance.RunAsync(project, "Order.FlipFirst()")).SingleShot.Dumps[0];
        var last = (await SharedRuntime.Instance.RunAsync(project, "Order.FlipLast()")).SingleShot.Dumps[0];

        Assert.Equal(1.0, first.Amplitudes[0b100].Real, 12);
        Assert.Equal("|100⟩", first.Label(4));
        Assert.Equal(1.0, last.Amplitudes[0b001].Real, 12);
        Assert.Equal(-1.0, first.ExpectationZ(0), 12);
        Assert.Equal(1.0, first.ExpectationZ(2), 12);
    }

    [Fact]
    public async Task DumpRegisterOfASeparableQubitIsItsOwnState()
    {
        var project = QSharpProject.FromSource("""
            import Std.Diagnostics.*;
            operation Sub() : Unit { use q = Qubit[3]; H(q[0]); CNOT(q[0], q[2]); Ry(0.3, q[1]); DumpRegister([q[1]]); ResetAll(q); }
            """, "Reg.qs");

        var dump = (await SharedRuntime.Instance.RunAsync(project, "Reg.Sub()")).SingleShot.Dumps.Single();

        Assert.Equal(1, dump.QubitCount);
        var expected = ReferenceSimulator.Ry(0.3).Column(0);
        // DumpRegister fixes the global phase its own way: compare up to one.
        var overlap = System.Numerics.Complex.Conjugate(dump.Amplitudes[0]) * expected[0] + System.Numerics.Complex.Conjugate(dump.Amplitudes[1]) * expected[1];
        Assert.Equal(1.0, overlap.Magnitude, 9);
    }
}
