using QuantumML.QSharp;
using QuantumML.Simulation.StateVectors;
using QuantumML.Simulation.Tapes;

namespace QuantumML.Simulation.Tests.Tapes;

/// <summary>Adjoint Jacobians against the parameter-shift rule (1e-9) and central finite differences (1e-6), for every
/// ansatz of quantum/ and for user circuits whose parameters drive several scaled gates.</summary>
public sealed class GradientTests
{
    public static TheoryData<string, CircuitShape, int, int, int> Circuits() => new()
    {
        { "Ansatzes.ApplyHardwareEfficientAnsatz", CircuitShape.Parameters, 4, 0, 24 },
        { "Ansatzes.ApplyStronglyEntanglingAnsatz", CircuitShape.Parameters, 3, 0, 18 },
        { "VqeAnsatzes.ApplyTfimHamiltonianVariational(true, _, _)", CircuitShape.Parameters, 4, 0, 6 },
        { "VqeAnsatzes.ApplyXxzHamiltonianVariational(true, 1.5, _, _)", CircuitShape.Parameters, 4, 0, 4 },
        { "VqeAnsatzes.ApplyPauliRotationsAnsatz([true, true, false, false], [[(0.5, [PauliX, PauliX, PauliX, PauliY])]], _, _)", CircuitShape.Parameters, 4, 0, 1 },
        { "Qaoa.ApplyQaoaCircuit([(1, 0.5)], [(0, 1, 1.0), (1, 2, -0.5), (0, 2, 2.0)], _, _)", CircuitShape.Parameters, 3, 0, 6 },
        { "Circuits.ApplyReuploadingCircuit(Encodings.ApplyZZFeatureMap, Ansatzes.ApplyStronglyEntanglingAnsatz, 2, _, _, _)", CircuitShape.FeaturesAndParameters, 2, 2, 12 },
        { "UserCircuits.ApplySharedAnsatz", CircuitShape.Parameters, 3, 0, 3 },
        { "UserCircuits.ApplyEveryGate", CircuitShape.Parameters, 3, 0, 6 },
        { "UserCircuits.ApplyMixedCircuit", CircuitShape.FeaturesAndParameters, 2, 2, 2 },
    };

    [Theory]
    [MemberData(nameof(Circuits))]
    public async Task Adjoint_equals_parameter_shift_and_finite_differences(string expression, CircuitShape shape, int qubits, int features, int parameters)
    {
        var project = UserCircuits.Project.Value;
        var tape = await TapeCompiler.CompileAsync(TestRuntime.Runtime, project, new CircuitTemplate(expression, shape, qubits, features, parameters));
        var random = new Random(parameters);
        var xs = Enumerable.Range(0, 3).Select(_ => QuantumProjectTapeTests.Random(random, features, 0.1, 1.5)).ToArray();
        await TapeCompiler.TabulateAsync(TestRuntime.Runtime, project, tape, xs);
        var theta = QuantumProjectTapeTests.Random(random, parameters, -Math.PI, Math.PI);
        IStateObservable[] observables = [new PauliZObservable(0), new PauliZObservable(qubits - 1), new MixedObservable()];

        var (values, adjoint) = TapeExecutor.Adjoint(tape, xs, theta, observables);
        var (shiftValues, shift) = TapeExecutor.ParameterShift(tape, xs, theta, observables);

        for (var i = 0; i < xs.Length; i++)
        {
            for (var o = 0; o < observables.Length; o++)
            {
                Assert.Equal(shiftValues[i][o], values[i][o], 12);
                for (var j = 0; j < parameters; j++)
                {
                    Assert.True(Math.Abs(adjoint[i][o][j] - shift[i][o][j]) <= 1e-9, $"sample {i}, observable {o}, θ{j}: adjoint {adjoint[i][o][j]}, shift {shift[i][o][j]}");
                    var fd = FiniteDifference(tape, xs[i], theta, j, observables[o]);
                    Assert.True(Math.Abs(adjoint[i][o][j] - fd) <= 1e-6, $"sample {i}, observable {o}, θ{j}: adjoint {adjoint[i][o][j]}, finite difference {fd}");
                }
            }
        }
        // Not all zero: the test would pass vacuously on a circuit that ignores its parameters.
        Assert.Contains(adjoint.SelectMany(a => a).SelectMany(r => r), v => Math.Abs(v) > 1e-3);
    }

    [Fact]
    public async Task Adjoint_on_a_state_split_across_threads_equals_the_serial_one()
    {
        // A register at the parallel threshold: the backward sweep's runs split their pairs across cores.
        var qubits = System.Numerics.BitOperations.Log2((uint)StateVector.ParallelThreshold);
        var tape = await TapeCompiler.CompileAsync(TestRuntime.Runtime, TestRuntime.Project,
            new CircuitTemplate("Ansatzes.ApplyHardwareEfficientAnsatz", CircuitShape.Parameters, qubits, 0, 2 * qubits));
        var theta = QuantumProjectTapeTests.Random(new Random(8), 2 * qubits, -3, 3);
        IStateObservable[] observables = [new PauliZObservable(qubits - 1), new PauliZObservable(0)];

        var parallel = TapeExecutor.Adjoint(tape, [[]], theta, observables);
        var saved = TapeExecutor.MaxWorkers;
        TapeExecutor.MaxWorkers = 1;
        try
        {
            var serial = TapeExecutor.Adjoint(tape, [[]], theta, observables);
            for (var o = 0; o < 2; o++)
                for (var j = 0; j < theta.Length; j++) Assert.Equal(serial.Jacobians[0][o][j], parallel.Jacobians[0][o][j], 12);
        }
        finally
        {
            TapeExecutor.MaxWorkers = saved;
        }
        Assert.Contains(parallel.Jacobians[0][1], v => Math.Abs(v) > 1e-3);
    }

    private static double FiniteDifference(Tape tape, double[] x, double[] theta, int j, IStateObservable observable)
    {
        const double h = 1e-5;
        double At(double shift)
        {
            var t = (double[])theta.Clone();
            t[j] += shift;
            var state = new StateVector(tape.Qubits);
            var angles = new double[tape.Angles.Length];
            tape.AnglesAt(x, tape.ParameterParts(t), angles);
            TapeExecutor.Run(tape, angles, state);
            return observable.Expectation(state);
        }
        return (At(h) - At(-h)) / (2 * h);
    }

    /// <summary>O = 0.7·X₀ + 0.4·Y on the last qubit + 0.5·Z₀Z₁: an observable that is not diagonal.</summary>
    private sealed class MixedObservable : IStateObservable
    {
        public double Expectation(StateVector psi)
        {
            var result = new StateVector(psi.Qubits);
            Apply(psi, result);
            return TapeExecutor.Dot(psi, result).Real;
        }

        public void Apply(StateVector psi, StateVector result)
        {
            var mx = psi.Mask(0);
            var my = psi.Mask(psi.Qubits - 1);
            var zz = psi.Mask(0) | psi.Mask(1);
            for (var i = 0; i < psi.Length; i++)
            {
                var j = i ^ mx;
                var k = i ^ my;
                // (Yψ)ᵢ = i·ψₖ where the bit of i is 1, −i·ψₖ where it is 0.
                var (yr, yi) = (i & my) != 0 ? (-psi.Im[k], psi.Re[k]) : (psi.Im[k], -psi.Re[k]);
                var z = System.Numerics.BitOperations.PopCount((uint)(i & zz)) % 2 == 0 ? 0.5 : -0.5;
                result.Re[i] = 0.7 * psi.Re[j] + 0.4 * yr + z * psi.Re[i];
                result.Im[i] = 0.7 * psi.Im[j] + 0.4 * yi + z * psi.Im[i];
            }
        }
    }
}
