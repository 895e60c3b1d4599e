using QuantumML.Simulation.Checks;
using QuantumML.Simulation.Qir;
using QuantumML.Simulation.Tapes;

namespace QuantumML.Simulation.Tests.Tapes;

/// <summary>A user's own Q#, compiled: states equal the QDK simulator's, and what the engine cannot run is refused with a reason.</summary>
public sealed class UserCircuitTests
{
    [Theory]
    [InlineData("UserCircuits.ApplySharedAnsatz", 3)]
    [InlineData("UserCircuits.ApplyEveryGate", 6)]
    public async Task User_ansatz_states_equal_the_QDK_simulator(string ansatz, int parameters)
    {
        var project = UserCircuits.Project.Value;
        var tape = await TapeCompiler.CompileAsync(TestRuntime.Runtime, project, new CircuitTemplate(ansatz, CircuitShape.Parameters, 3, 0, parameters));
        var random = new Random(3);
        var points = Enumerable.Range(0, 4).Select(_ => (Array.Empty<double>(), QuantumProjectTapeTests.Random(random, parameters, -4, 4))).ToList();

        var report = await EquivalenceCheck.RunAsync(TestRuntime.Runtime, project, tape, points);

        Assert.True(report.Passed, $"max amplitude difference {report.MaxDifference:E2}");
    }

    [Fact]
    public async Task Every_intrinsic_appears_on_the_tape()
    {
        var tape = await TapeCompiler.CompileAsync(TestRuntime.Runtime, UserCircuits.Project.Value,
            new CircuitTemplate("UserCircuits.ApplyEveryGate", CircuitShape.Parameters, 3, 0, 6));

        var kinds = tape.Gates.Select(g => g.Kind).ToHashSet();
        Assert.All(Enum.GetValues<GateKind>(), k => Assert.Contains(k, kinds));
    }

    [Fact]
    public async Task A_parameter_driving_several_scaled_gates_gets_each_scale()
    {
        var tape = await TapeCompiler.CompileAsync(TestRuntime.Runtime, UserCircuits.Project.Value,
            new CircuitTemplate("UserCircuits.ApplySharedAnsatz", CircuitShape.Parameters, 3, 0, 3));

        // θ₀ drives Ry(2θ₀) on three qubits, Rz(−0.5θ₀ + 0.3θ₁) and Rzz(0.25θ₀).
        var theta0 = tape.Angles.Where(a => a.Parameters.Contains(0)).Select(a => a.Coefficients[Array.IndexOf(a.Parameters, 0)]).Order().ToArray();
        Assert.Equal([-0.5, 0.25, 2, 2, 2], theta0, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public async Task A_feature_map_that_is_not_polynomial_is_tabulated_per_vector()
    {
        var project = UserCircuits.Project.Value;
        var tape = await TapeCompiler.CompileAsync(TestRuntime.Runtime, project,
            new CircuitTemplate("UserCircuits.ApplyMixedCircuit", CircuitShape.FeaturesAndParameters, 2, 2, 2));
        var random = new Random(9);
        var points = Enumerable.Range(0, 5).Select(_ => (QuantumProjectTapeTests.Random(random, 2, 0, 1.5), QuantumProjectTapeTests.Random(random, 2, -3, 3))).ToList();

        var report = await EquivalenceCheck.RunAsync(TestRuntime.Runtime, project, tape, points);

        Assert.Equal(FeatureDependence.Tabulated, tape.Features);
        Assert.True(report.Passed, $"max amplitude difference {report.MaxDifference:E2}");
        Assert.Equal(5, tape.Table.Count);
    }

    [Theory]
    [InlineData("UserCircuits.ApplyMeasuringAnsatz", "measures a qubit")]
    [InlineData("UserCircuits.ApplySquaredAnsatz", "not an affine function of the parameters")]
    [InlineData("UserCircuits.ApplyAncillaAnsatz", "allocates qubits of its own")]
    public async Task Circuits_the_engine_cannot_run_are_refused_with_the_reason(string ansatz, string reason)
    {
        var error = await Assert.ThrowsAsync<CompiledEngineRefusedException>(() =>
            TapeCompiler.CompileAsync(TestRuntime.Runtime, UserCircuits.Project.Value, new CircuitTemplate(ansatz, CircuitShape.Parameters, 2, 0, 2)));

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }
}
