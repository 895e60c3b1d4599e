using QuantumML.Simulation.Checks;
using QuantumML.Simulation.StateVectors;
using QuantumML.Simulation.Tapes;

namespace QuantumML.Simulation.Tests.Tapes;

/// <summary>States larger than one cache chunk run in chunks: the result equals gate-by-gate application, and the QDK.</summary>
/// <remarks>The register is one qubit above <see cref="StateVector.ChunkLength"/>, so some gates stay in chunks and some do not.</remarks>
public sealed class LargeStateTests
{
    // One more qubit than a chunk holds, so that the state runs in two chunks.
    private static readonly int Qubits = System.Numerics.BitOperations.Log2((uint)StateVector.ChunkLength) + 1;

    [Theory]
    [InlineData("Ansatzes.ApplyStronglyEntanglingAnsatz", 6, 0)]
    [InlineData("UserCircuits.ApplyEveryGate", 0, 6)]
    public async Task Chunked_runs_equal_gate_by_gate_application(string ansatz, int parametersPerQubit, int fixedParameters)
    {
        var parameters = parametersPerQubit * Qubits + fixedParameters;
        var tape = await TapeCompiler.CompileAsync(TestRuntime.Runtime, UserCircuits.Project.Value, new CircuitTemplate(ansatz, CircuitShape.Parameters, Qubits, 0, parameters));
        var theta = QuantumProjectTapeTests.Random(new Random(parameters), parameters, -3, 3);
        var angles = tape.ParameterParts(theta);
        var reference = new StateVector(Qubits);
        foreach (var gate in tape.Gates) reference.Apply(gate.Kind, gate.Qubits, gate.Angle >= 0 ? angles[gate.Angle] : 0);

        var chunked = TapeExecutor.States(tape, [[]], [theta])[0];

        Assert.True(EquivalenceCheck.Difference(reference.ToAmplitudes(), chunked) < 1e-12);
        Assert.Contains(tape.Gates, g => !reference.StaysInChunk(g.Qubits));
        Assert.Contains(tape.Gates, g => reference.StaysInChunk(g.Qubits));
    }

    [Fact]
    public async Task A_chunked_state_equals_the_QDK_simulator()
    {
        var tape = await TapeCompiler.CompileAsync(TestRuntime.Runtime, TestRuntime.Project, new CircuitTemplate("Ansatzes.ApplyHardwareEfficientAnsatz", CircuitShape.Parameters, Qubits, 0, 2 * Qubits));
        var theta = QuantumProjectTapeTests.Random(new Random(1), 2 * Qubits, -3, 3);

        var report = await EquivalenceCheck.RunAsync(TestRuntime.Runtime, TestRuntime.Project, tape, [([], theta)]);

        Assert.True(report.Passed, $"max amplitude difference {report.MaxDifference:E2}");
    }
}
