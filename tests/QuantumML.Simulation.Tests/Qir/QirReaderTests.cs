using QuantumML.Simulation.Qir;

namespace QuantumML.Simulation.Tests.Qir;

/// <summary>The QIR reader on text in the shape the QDK emits, and on what it must refuse.</summary>
public sealed class QirReaderTests
{
    private const string Header = """
        %Result = type opaque
        %Qubit = type opaque

        define i64 @ENTRYPOINT__main() #0 {
        block_0:
          call void @__quantum__rt__initialize(i8* null)
        """;

    private const string Footer = """
          call void @__quantum__rt__tuple_record_output(i64 0, i8* null)
          ret i64 0
        }

        declare void @__quantum__qis__h__body(%Qubit*)

        attributes #0 = { "entry_point" "qir_profiles"="adaptive_profile" "required_num_qubits"="3" "required_num_results"="0" }
        """;

    [Fact]
    public void Reads_gates_qubits_and_full_precision_angles()
    {
        var circuit = QirReader.Read(Header + """

              call void @__quantum__qis__h__body(%Qubit* null)
              call void @__quantum__qis__ry__body(double -0.00000000000000000002, %Qubit* inttoptr (i64 2 to %Qubit*))
              call void @__quantum__qis__rzz__body(double 0.3141592653589793, %Qubit* inttoptr (i64 0 to %Qubit*), %Qubit* inttoptr (i64 1 to %Qubit*))
              call void @__quantum__qis__s__adj(%Qubit* inttoptr (i64 1 to %Qubit*))
            """ + "\n" + Footer);

        Assert.Equal(3, circuit.QubitCount);
        Assert.Equal([GateKind.H, GateKind.Ry, GateKind.Rzz, GateKind.SAdj], circuit.Gates.Select(g => g.Kind));
        Assert.Equal(-2e-20, circuit.Gates[1].Angle);
        Assert.Equal([2], circuit.Gates[1].Qubits);
        Assert.Equal(0.3141592653589793, circuit.Gates[2].Angle);
        Assert.Equal([0, 1], circuit.Gates[2].Qubits);
    }

    [Theory]
    [InlineData("  call void @__quantum__qis__mresetz__body(%Qubit* null, %Result* null)", "measures a qubit")]
    [InlineData("  call void @__quantum__qis__reset__body(%Qubit* null)", "resets a qubit")]
    [InlineData("  %var_1 = call i1 @__quantum__rt__read_result(%Result* null)", "reads a measurement result")]
    [InlineData("  br i1 %var_1, label %block_1, label %block_2", "branches")]
    [InlineData("  call void @__quantum__qis__u3__body(double 1.0, double 2.0, double 3.0, %Qubit* null)", "__quantum__qis__u3__body")]
    [InlineData("  call void @__quantum__qis__rx__body(double inf, %Qubit* null)", "not a finite number")]
    [InlineData("  call void @__quantum__qis__cx__body(%Qubit* null, %Qubit* null)", "acts twice on qubit 0")]
    public void Refuses_what_is_not_a_straight_line_unitary_circuit(string line, string reason)
    {
        var error = Assert.Throws<QirUnsupportedException>(() => QirReader.Read(Header + "\n" + line + "\n" + Footer));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
