using QuantumML.Simulation.Checks;
using QuantumML.Simulation.Tapes;

namespace QuantumML.Simulation.Tests.Tapes;

/// <summary>Every encoding and ansatz of quantum/ compiled to a tape and checked against the QDK simulator's DumpMachine at
/// random points: the amplitudes agree to 1e-10, global phase aside.</summary>
public sealed class QuantumProjectTapeTests
{
    public static TheoryData<string, string, int> ModelCircuits()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var encoding in new[] { "Encodings.ApplyAngleEncoding", "Encodings.ApplyDenseAngleEncoding", "Encodings.ApplyZZFeatureMap", "Encodings.ApplyAmplitudeEncoding" })
        {
            foreach (var ansatz in new[] { "Ansatzes.ApplyHardwareEfficientAnsatz", "Ansatzes.ApplyStronglyEntanglingAnsatz" })
            {
                data.Add(encoding, ansatz, 1);
            }
        }
        data.Add("Encodings.ApplyAngleEncoding", "Ansatzes.ApplyStronglyEntanglingAnsatz", 3);
        data.Add("Encodings.ApplyZZFeatureMap", "Ansatzes.ApplyHardwareEfficientAnsatz", 2);
        return data;
    }

    [Theory]
    [MemberData(nameof(ModelCircuits))]
    public async Task Model_circuit_states_equal_the_QDK_simulator(string encoding, string ansatz, int uploads)
    {
        const int qubits = 3;
        var perLayer = ansatz.Contains("Strongly", StringComparison.Ordinal) ? 3 * qubits : 2 * qubits;
        var expression = uploads == 1
            ? $"Circuits.ApplyEncodedAnsatz({encoding}, {ansatz}, _, _, _)"
            : $"Circuits.ApplyReuploadingCircuit({encoding}, {ansatz}, {uploads}, _, _, _)";
        var features = encoding.Contains("Dense", StringComparison.Ordinal) ? 5 : 3;
        var template = new CircuitTemplate(expression, CircuitShape.FeaturesAndParameters, qubits, features, perLayer * uploads);
        var tape = await TapeCompiler.CompileAsync(TestRuntime.Runtime, TestRuntime.Project, template);

        var random = new Random(7);
        var points = Enumerable.Range(0, 4).Select(_ => (Random(random, features, 0.05, Math.PI), Random(random, template.ParameterCount, -Math.PI, Math.PI))).ToList();
        var report = await EquivalenceCheck.RunAsync(TestRuntime.Runtime, TestRuntime.Project, tape, points);

        Assert.True(report.Passed, $"max amplitude difference {report.MaxDifference:E2}");
        Assert.Equal(4, report.Pairs);
        var expected = encoding.Contains("Amplitude", StringComparison.Ordinal) ? FeatureDependence.Tabulated : FeatureDependence.Polynomial;
        Assert.Equal(expected, tape.Features);
    }

    public static TheoryData<string, int, int> Ansatzes() => new()
    {
        { "Ansatzes.ApplyHardwareEfficientAnsatz", 4, 16 },
        { "Ansatzes.ApplyStronglyEntanglingAnsatz", 4, 24 },
        { "VqeAnsatzes.ApplyTfimHamiltonianVariational(true, _, _)", 5, 6 },
        { "VqeAnsatzes.ApplyXxzHamiltonianVariational(false, 0.7, _, _)", 4, 4 },
        { "VqeAnsatzes.ApplyPauliRotationsAnsatz([true, true, false, false], [[(0.5, [PauliX, PauliX, PauliX, PauliY])], [(0.25, [PauliZ, PauliY, PauliI, PauliX]), (-0.5, [PauliY, PauliI, PauliZ, PauliX])]], _, _)", 4, 2 },
        { "Qaoa.ApplyQaoaCircuit([(0, 0.5), (2, -1.0)], [(0, 1, 1.0), (1, 2, -0.5), (0, 3, 2.0)], _, _)", 4, 4 },
    };

    [Theory]
    [MemberData(nameof(Ansatzes))]
    public async Task Ansatz_states_equal_the_QDK_simulator(string ansatz, int qubits, int parameters)
    {
        var template = new CircuitTemplate(ansatz, CircuitShape.Parameters, qubits, 0, parameters);
        var tape = await TapeCompiler.CompileAsync(TestRuntime.Runtime, TestRuntime.Project, template);
        var random = new Random(11);
        var points = Enumerable.Range(0, 3).Select(_ => (Array.Empty<double>(), Random(random, parameters, -Math.PI, Math.PI))).ToList();

        var report = await EquivalenceCheck.RunAsync(TestRuntime.Runtime, TestRuntime.Project, tape, points);

        Assert.True(report.Passed, $"max amplitude difference {report.MaxDifference:E2}");
        Assert.Equal(FeatureDependence.None, tape.Features);
    }

    [Theory]
    [InlineData("Encodings.ApplyZZFeatureMap", 4, 4)]
    [InlineData("Encodings.ApplyAmplitudeEncoding", 3, 8)]
    public async Task Encoding_states_equal_the_QDK_simulator(string encoding, int qubits, int features)
    {
        var template = new CircuitTemplate(encoding, CircuitShape.Features, qubits, features, 0);
        var tape = await TapeCompiler.CompileAsync(TestRuntime.Runtime, TestRuntime.Project, template);
        var random = new Random(5);
        var points = Enumerable.Range(0, 5).Select(_ => (Random(random, features, 0.1, 2.0), Array.Empty<double>())).ToList();

        var report = await EquivalenceCheck.RunAsync(TestRuntime.Runtime, TestRuntime.Project, tape, points);

        Assert.True(report.Passed, $"max amplitude difference {report.MaxDifference:E2}");
        Assert.Equal(5, report.Pairs);
    }

    internal static double[] Random(Random random, int count, double low, double high) =>
        Enumerable.Range(0, count).Select(_ => low + (high - low) * random.NextDouble()).ToArray();
}
