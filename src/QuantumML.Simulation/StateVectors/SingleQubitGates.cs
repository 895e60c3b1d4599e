using QuantumML.Simulation.Qir;

namespace QuantumML.Simulation.StateVectors;

/// <summary>The matrices of the single-qubit intrinsics, as Q# defines them (R_P(θ) = exp(−iθP/2)).</summary>
public static class SingleQubitGates
{
    private static readonly double Half = Math.Sqrt(0.5);

    /// <summary>The matrix of a single-qubit gate of <paramref name="kind"/> with <paramref name="angle"/> (rotations only).</summary>
    public static Matrix2 Matrix(GateKind kind, double angle)
    {
        switch (kind)
        {
            case GateKind.H: return new(Half, 0, Half, 0, Half, 0, -Half, 0);
            case GateKind.X: return new(0, 0, 1, 0, 1, 0, 0, 0);
            case GateKind.Y: return new(0, 0, 0, -1, 0, 1, 0, 0);
            case GateKind.Z: return new(1, 0, 0, 0, 0, 0, -1, 0);
            case GateKind.S: return new(1, 0, 0, 0, 0, 0, 0, 1);
            case GateKind.SAdj: return new(1, 0, 0, 0, 0, 0, 0, -1);
            case GateKind.T: return new(1, 0, 0, 0, 0, 0, Half, Half);
            case GateKind.TAdj: return new(1, 0, 0, 0, 0, 0, Half, -Half);
        }
        var (s, c) = Math.SinCos(angle / 2);
        return kind switch
        {
            GateKind.Rx => new(c, 0, 0, -s, 0, -s, c, 0),
            GateKind.Ry => new(c, 0, -s, 0, s, 0, c, 0),
            GateKind.Rz => new(c, -s, 0, 0, 0, 0, c, s),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a single-qubit gate."),
        };
    }
}
