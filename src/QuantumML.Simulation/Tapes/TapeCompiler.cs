using QuantumML.QSharp;
using QuantumML.Simulation.Qir;

namespace QuantumML.Simulation.Tapes;

/// <summary>Turns a Q# circuit into a <see cref="Tape"/> by asking the QDK compiler for its QIR at chosen probe points.</summary>
/// <remarks>
/// The QIR of a straight-line circuit lists every gate with its angle as a literal. Compiling the circuit at a centre point
/// (x̄, θ̄), at θ̄ + h·eⱼ for every parameter and at x̄ ± s·eᵢ and x̄ + s(eᵢ + eₖ) for the features, all in one program, gives
/// each angle's coefficients: φ = c + Σⱼ aⱼθⱼ + f(x) with f of degree ≤ 2. Two more random points per check confirm the
/// model; where the feature part is not a polynomial the tape keeps a table of it instead (compiled per feature vector,
/// once), and where an angle is not affine in the parameters, or the gate sequence itself changes with the inputs, the
/// circuit is refused. The work is done once per circuit, never once per evaluation.
/// </remarks>
public static class TapeCompiler
{
    private const double ParameterStep = 0.5;
    private const double FeatureStep = 0.35;
    private const int QuadraticFeatureLimit = 12;
    private const int CheckPoints = 2;

    /// <summary>Compiles <paramref name="template"/> in <paramref name="project"/>.</summary>
    /// <exception cref="CompiledEngineRefusedException">The compiled engine cannot run this circuit; the reason says why.</exception>
    public static async Task<Tape> CompileAsync(QSharpRuntime runtime, QSharpProject project, CircuitTemplate template, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.Qubits is < 1 or > StateVectors.StateVector.MaxQubits)
            throw new CompiledEngineRefusedException($"{template.Qubits} qubits is outside the compiled engine's range of 1 to {StateVectors.StateVector.MaxQubits}");
        var (d, p) = (template.FeatureCount, template.ParameterCount);
        var random = new Random(20_261_206);
        var center = Enumerable.Range(0, d).Select(_ => 0.2 + 0.7 * random.NextDouble()).ToArray();
        var theta0 = Enumerable.Range(0, p).Select(_ => 0.2 + random.NextDouble()).ToArray();

        // The probe points, in order: centre; one per parameter; ± per feature; one per feature pair; then the checks.
        var points = new List<(double[] X, double[] Theta)> { (center, theta0) };
        for (var j = 0; j < p; j++) points.Add((center, With(theta0, j, ParameterStep)));
        var quadratic = d <= QuadraticFeatureLimit;
        for (var i = 0; i < d; i++)
        {
            points.Add((With(center, i, FeatureStep), theta0));
            points.Add((With(center, i, -FeatureStep), theta0));
        }
        if (quadratic)
        {
            for (var i = 0; i < d; i++)
                for (var k = i + 1; k < d; k++) points.Add((With(With(center, i, FeatureStep), k, FeatureStep), theta0));
        }
        var checkStart = points.Count;
        for (var r = 0; r < CheckPoints; r++)
        {
            var x = Enumerable.Range(0, d).Select(_ => random.NextDouble() * 1.2).ToArray();
            var theta = Enumerable.Range(0, p).Select(_ => (random.NextDouble() * 2 - 1) * Math.PI).ToArray();
            points.Add((x, theta0));
            points.Add((x, theta));
        }

        var blocks = await ProbeProgram.CompileAsync(runtime, project, template, points, ct).ConfigureAwait(false);
        var gates = Structure(blocks[0]);
        // A circuit without parameters may change its gates with the features (an amplitude encoding drops zero rotations):
        // each feature vector then gets its own compiled row.
        if (p == 0 && d > 0 && blocks.Skip(1).Any(b => !SameStructure(blocks[0], b)))
            return new Tape(template, gates, [.. gates.Where(g => g.Angle >= 0).Select(_ => new AngleFunction(0, [], [], [], []))], FeatureDependence.Tabulated, center)
            {
                ProbeParameters = theta0,
                RowsHaveOwnGates = true,
            };
        for (var k = 1; k < blocks.Length; k++)
        {
            if (!SameStructure(blocks[0], blocks[k]))
                throw new CompiledEngineRefusedException(k <= p
                    ? "its gate sequence changes with the parameter values (gates appear or vanish as a parameter moves)"
                    : "its gate sequence changes with the feature values (gates appear or vanish as a feature moves)");
        }

        var angleGates = gates.Where(g => g.Angle >= 0).Select(g => Array.IndexOf(gates, g)).ToArray();
        double Phi(int block, int a) => blocks[block][angleGates[a]].Angle;
        var angles = new AngleFunction[angleGates.Length];
        var features = FeatureDependence.None;
        for (var a = 0; a < angles.Length; a++)
        {
            var phi0 = Phi(0, a);
            var coefficients = new List<(int J, double A)>();
            for (var j = 0; j < p; j++)
            {
                var slope = (Phi(1 + j, a) - phi0) / ParameterStep;
                if (Math.Abs(slope) > 1e-12 * Math.Max(1, Math.Abs(phi0))) coefficients.Add((j, slope));
            }
            var linear = new double[d];
            var terms = new List<(int, int, double)>();
            var diagonal = new double[d];
            for (var i = 0; i < d; i++)
            {
                var (plus, minus) = (Phi(1 + p + 2 * i, a), Phi(2 + p + 2 * i, a));
                linear[i] = (plus - minus) / (2 * FeatureStep);
                diagonal[i] = (plus + minus - 2 * phi0) / (2 * FeatureStep * FeatureStep);
                if (Math.Abs(diagonal[i]) > 1e-9) terms.Add((i, i, diagonal[i]));
            }
            if (quadratic)
            {
                var pair = 1 + p + 2 * d;
                for (var i = 0; i < d; i++)
                    for (var k = i + 1; k < d; k++, pair++)
                    {
                        var s = FeatureStep;
                        var b = (Phi(pair, a) - phi0 - s * linear[i] - s * linear[k] - s * s * diagonal[i] - s * s * diagonal[k]) / (s * s);
                        if (Math.Abs(b) > 1e-9) terms.Add((i, k, b));
                    }
            }
            var dependsOnFeatures = linear.Any(v => Math.Abs(v) > 1e-12) || terms.Count > 0;
            if (dependsOnFeatures) features = FeatureDependence.Polynomial;
            var constant = phi0 - coefficients.Sum(c => c.A * theta0[c.J]);
            angles[a] = new AngleFunction(constant, [.. coefficients.Select(c => c.J)], [.. coefficients.Select(c => c.A)],
                dependsOnFeatures ? linear : [], [.. terms]);
        }

        // Check the model at random points: the feature part against (x, θ̄), the parameter part against (x, θ).
        for (var r = 0; r < CheckPoints; r++)
        {
            var (x, theta) = points[checkStart + 2 * r + 1];
            for (var a = 0; a < angles.Length; a++)
            {
                var atCentre = Phi(checkStart + 2 * r, a);
                if (features == FeatureDependence.Polynomial && !Close(angles[a].ParameterPart(theta0) + angles[a].FeaturePart(x, center), atCentre))
                    features = FeatureDependence.Tabulated;
                var moved = Phi(checkStart + 2 * r + 1, a) - atCentre;
                var predicted = angles[a].ParameterPart(theta) - angles[a].ParameterPart(theta0);
                if (!Close(predicted, moved))
                    throw new CompiledEngineRefusedException("a gate angle is not an affine function of the parameters, or its slope depends on the features "
                        + $"(gate {angleGates[a] + 1}, {gates[angleGates[a]].Kind}); the compiled engine and its gradients need angles of the form c + Σ aⱼθⱼ + f(x)");
            }
        }
        if (features == FeatureDependence.Tabulated)
            angles = [.. angles.Select(f => f with { Linear = [], Quadratic = [] })];
        return new Tape(template, gates, angles, features, center) { ProbeParameters = theta0 };
    }

    /// <summary>Compiles a tabulated tape for every feature vector of <paramref name="features"/> it has not seen yet.</summary>
    /// <exception cref="CompiledEngineRefusedException">The gate sequence differs for some vector.</exception>
    public static async Task TabulateAsync(QSharpRuntime runtime, QSharpProject project, Tape tape, IReadOnlyList<double[]> features, CancellationToken ct = default)
    {
        if (tape.Features != FeatureDependence.Tabulated) return;
        var missing = features.Where(x => tape.Table.Find(x) is null).DistinctBy(x => string.Join(',', x.Select(BitConverter.DoubleToInt64Bits))).ToList();
        if (missing.Count == 0) return;
        var theta0 = tape.ProbeParameters;
        var blocks = await ProbeProgram.CompileAsync(runtime, project, tape.Template, missing.Select(x => (x, theta0)).ToList(), ct).ConfigureAwait(false);
        var angleGates = Enumerable.Range(0, tape.Gates.Length).Where(g => tape.Gates[g].Angle >= 0).ToArray();
        for (var i = 0; i < missing.Count; i++)
        {
            if (tape.RowsHaveOwnGates)
            {
                var own = Structure(blocks[i]);
                tape.Table.Add(missing[i], new FeatureRow([.. blocks[i].Where(g => g.Kind.IsRotation()).Select(g => g.Angle)], own) { Schedule = TapeOp.Schedule(own, tape.Qubits) });
                continue;
            }
            if (!SameStructure(blocks[i], tape.Gates))
                throw new CompiledEngineRefusedException($"its gate sequence for the feature vector [{string.Join(", ", missing[i].Select(v => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)))}] differs from the other vectors' (gates vanish for some feature values)");
            var parts = new double[angleGates.Length];
            for (var a = 0; a < parts.Length; a++) parts[a] = blocks[i][angleGates[a]].Angle - tape.Angles[a].ParameterPart(theta0);
            tape.Table.Add(missing[i], new FeatureRow(parts));
        }
    }

    private static bool Close(double predicted, double actual) => Math.Abs(predicted - actual) <= 1e-9 * Math.Max(1, Math.Abs(actual));

    private static double[] With(double[] v, int i, double step)
    {
        var copy = (double[])v.Clone();
        copy[i] += step;
        return copy;
    }

    private static TapeGate[] Structure(List<QirGate> gates)
    {
        var angle = 0;
        return [.. gates.Select(g => new TapeGate(g.Kind, g.Qubits, g.Kind.IsRotation() ? angle++ : -1))];
    }

    private static bool SameStructure(List<QirGate> a, List<QirGate> b) =>
        a.Count == b.Count && a.Zip(b).All(t => t.First.Kind == t.Second.Kind && t.First.Qubits.AsSpan().SequenceEqual(t.Second.Qubits));

    private static bool SameStructure(List<QirGate> a, TapeGate[] b) =>
        a.Count == b.Length && a.Zip(b).All(t => t.First.Kind == t.Second.Kind && t.First.Qubits.AsSpan().SequenceEqual(t.Second.Qubits));
}
