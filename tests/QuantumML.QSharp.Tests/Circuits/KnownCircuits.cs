using QuantumML.QSharp.Circuits;

namespace QuantumML.QSharp.Tests.Circuits;

/// <summary>Circuits whose gates are known by hand: as Q# to trace, and as the model the tracer should give.</summary>
internal static class KnownCircuits
{
    /// <summary>H on q0, CNOT q0→q1, Rz(0.5) on q2, then every qubit measured; plus helpers for the other cases.</summary>
    public static QSharpProject Project { get; } = QSharpProject.FromSource("""
        operation Three() : Result[] {
            use qs = Qubit[3];
            H(qs[0]);
            CNOT(qs[0], qs[1]);
            Rz(0.5, qs[2]);
            MeasureEachZ(qs)
        }
        operation Layer(theta : Double[], qs : Qubit[]) : Unit {
            for i in 0..Length(qs) - 1 { Ry(theta[i], qs[i]); }
        }
        operation Branch() : Unit {
            use qs = Qubit[2];
            H(qs[0]);
            if M(qs[0]) == One { X(qs[1]); }
            ResetAll(qs);
        }
        operation Long(n : Int) : Unit {
            use q = Qubit();
            for _ in 1..n { H(q); }
        }
        operation Fails() : Unit {
            use q = Qubit();
            H(q);
            fail "traced too far";
        }
        operation Magic() : Result[] {
            use qs = Qubit[2];
            H(qs[0]);
            T(qs[0]);
            CNOT(qs[0], qs[1]);
            T(qs[1]);
            MResetEachZ(qs)
        }
        """, "Known.qs");

    /// <summary>The model of <c>Known.Three()</c>, written by hand.</summary>
    public static Circuit Three { get; } = new("Known.Three()",
        [new CircuitQubit(0, 1), new CircuitQubit(1, 1), new CircuitQubit(2, 1)],
        [
            Gate("H", [0]),
            Gate("X", [1], [0]),
            Gate("Rz", [2], args: ["0.5000"]),
            Measure(0),
            Measure(1),
            Measure(2),
        ]);

    public static CircuitOperation Gate(string gate, int[] targets, int[]? controls = null, string[]? args = null, bool adjoint = false) =>
        new(OperationKind.Unitary, gate, targets, controls ?? [], args ?? []) { IsAdjoint = adjoint };

    public static CircuitOperation Measure(int qubit) =>
        new(OperationKind.Measurement, "M", [qubit], [], []) { Results = [0] };
}
