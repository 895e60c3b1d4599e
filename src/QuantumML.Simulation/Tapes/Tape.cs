using QuantumML.Simulation.Qir;

namespace QuantumML.Simulation.Tapes;

/// <summary>A Q# circuit as the QDK compiled it: its gate sequence, and for each angle how it follows the features and the
/// parameters. Found once per circuit (see <see cref="TapeCompiler"/>); run by <see cref="TapeExecutor"/>.</summary>
public sealed class Tape
{
    /// <summary>Builds a tape; <see cref="TapeCompiler"/> is the usual source.</summary>
    public Tape(CircuitTemplate template, TapeGate[] gates, AngleFunction[] angles, FeatureDependence features, double[] center)
    {
        Template = template;
        Gates = gates;
        Angles = angles;
        Features = features;
        Center = center;
        TrainableGates = gates.Count(g => g.Angle >= 0 && angles[g.Angle].IsTrainable);
        Schedule = TapeOp.Schedule(gates, template.Qubits);
        Generators = [.. Schedule.Select(op => op.Gates.Select(g => IsTrainable(g) ? Generator(gates[g].Kind) : (GateKind?)null).ToArray())];
    }

    /// <summary>For each step of <see cref="Schedule"/> and each of its gates, the Pauli generator (X, Y or Z) of a trainable
    /// single-qubit rotation, or null: what the adjoint sweep needs per step, worked out once.</summary>
    public GateKind?[][] Generators { get; }

    private static GateKind? Generator(GateKind rotation) => rotation switch
    {
        GateKind.Rx => GateKind.X,
        GateKind.Ry => GateKind.Y,
        GateKind.Rz => GateKind.Z,
        _ => null,
    };

    /// <summary>The gates as the engine applies them: runs of single-qubit gates fused, multi-qubit gates one by one.</summary>
    public TapeOp[] Schedule { get; }

    /// <summary>The circuit compiled.</summary>
    public CircuitTemplate Template { get; }

    /// <summary>The register size.</summary>
    public int Qubits => Template.Qubits;

    /// <summary>The gates in program order.</summary>
    public TapeGate[] Gates { get; }

    /// <summary>One function per angle-taking gate.</summary>
    public AngleFunction[] Angles { get; }

    /// <summary>How the angles follow the features.</summary>
    public FeatureDependence Features { get; }

    /// <summary>The point x̄ the polynomial feature model is centred on.</summary>
    public double[] Center { get; }

    /// <summary>The parameters at which the feature probes (and a tabulated tape's rows) were compiled.</summary>
    public double[] ProbeParameters { get; init; } = [];

    /// <summary>Whether each tabulated feature vector keeps its own gate sequence (circuits without parameters only).</summary>
    public bool RowsHaveOwnGates { get; init; }

    /// <summary>For a tabulated tape, the feature parts compiled so far.</summary>
    public FeatureTable Table { get; } = new();

    /// <summary>Gates whose angle depends on a parameter.</summary>
    public int TrainableGates { get; }

    /// <summary>Counts of gates by kind, e.g. "ry 4, rz 4, cx 3".</summary>
    public string Summary() => string.Join(", ", Gates.GroupBy(g => g.Kind).OrderBy(g => g.Key)
        .Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}"));

    /// <summary>Fills <paramref name="angles"/> with every angle at (<paramref name="x"/>, θ), given
    /// <paramref name="parameterParts"/> = c + Σ aⱼθⱼ per angle (shared by a batch).</summary>
    /// <exception cref="CompiledEngineRefusedException">A tabulated tape has not been compiled for <paramref name="x"/>.</exception>
    public void AnglesAt(double[] x, ReadOnlySpan<double> parameterParts, Span<double> angles)
    {
        switch (Features)
        {
            case FeatureDependence.None:
                parameterParts.CopyTo(angles);
                return;
            case FeatureDependence.Polynomial:
                for (var a = 0; a < Angles.Length; a++) angles[a] = parameterParts[a] + Angles[a].FeaturePart(x, Center);
                return;
            default:
                var row = Row(x);
                if (row.Gates is not null)
                {
                    row.Parts.CopyTo(angles);
                    return;
                }
                for (var a = 0; a < Angles.Length; a++) angles[a] = parameterParts[a] + row.Parts[a];
                return;
        }
    }

    /// <summary>The gates to run for feature vector <paramref name="x"/>, and their schedule: the tape's, or the vector's own.</summary>
    public (TapeGate[] Gates, TapeOp[] Schedule) GatesFor(double[] x) =>
        Features == FeatureDependence.Tabulated && Row(x) is { Gates: { } own } row ? (own, row.Schedule!) : (Gates, Schedule);

    /// <summary>How many angles a state of <paramref name="x"/> needs.</summary>
    public int AngleCount(double[] x) => Features == FeatureDependence.Tabulated && Row(x).Gates is not null ? Row(x).Parts.Length : Angles.Length;

    private FeatureRow Row(double[] x) =>
        Table.Find(x) ?? throw new CompiledEngineRefusedException("a feature vector was not compiled before it was run (internal error)");

    /// <summary>c + Σⱼ aⱼθⱼ for every angle.</summary>
    public double[] ParameterParts(ReadOnlySpan<double> theta)
    {
        var parts = new double[Angles.Length];
        for (var a = 0; a < parts.Length; a++) parts[a] = Angles[a].ParameterPart(theta);
        return parts;
    }

    /// <summary>Whether gate <paramref name="g"/> takes an angle that a parameter moves.</summary>
    public bool IsTrainable(int g) => Gates[g].Angle >= 0 && Angles[Gates[g].Angle].IsTrainable;

    /// <summary>The gate kinds a tape may hold (for messages).</summary>
    public static IReadOnlyList<GateKind> SupportedGates { get; } = Enum.GetValues<GateKind>();
}
