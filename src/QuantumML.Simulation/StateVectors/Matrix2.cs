using System.Numerics;

namespace QuantumML.Simulation.StateVectors;

/// <summary>A 2×2 complex matrix [[a, b], [c, d]] stored as eight doubles, for single-qubit gates and their products.</summary>
public readonly record struct Matrix2(double Ar, double Ai, double Br, double Bi, double Cr, double Ci, double Dr, double Di)
{
    /// <summary>The identity.</summary>
    public static Matrix2 Identity { get; } = new(1, 0, 0, 0, 0, 0, 1, 0);

    /// <summary>Whether b = c = 0, so the gate only multiplies amplitudes by phases.</summary>
    public bool IsDiagonal => Br == 0 && Bi == 0 && Cr == 0 && Ci == 0;

    /// <summary>The product <paramref name="m"/>·<paramref name="n"/> (apply n first, then m).</summary>
    public static Matrix2 operator *(Matrix2 m, Matrix2 n) => new(
        m.Ar * n.Ar - m.Ai * n.Ai + m.Br * n.Cr - m.Bi * n.Ci, m.Ar * n.Ai + m.Ai * n.Ar + m.Br * n.Ci + m.Bi * n.Cr,
        m.Ar * n.Br - m.Ai * n.Bi + m.Br * n.Dr - m.Bi * n.Di, m.Ar * n.Bi + m.Ai * n.Br + m.Br * n.Di + m.Bi * n.Dr,
        m.Cr * n.Ar - m.Ci * n.Ai + m.Dr * n.Cr - m.Di * n.Ci, m.Cr * n.Ai + m.Ci * n.Ar + m.Dr * n.Ci + m.Di * n.Cr,
        m.Cr * n.Br - m.Ci * n.Bi + m.Dr * n.Dr - m.Di * n.Di, m.Cr * n.Bi + m.Ci * n.Br + m.Dr * n.Di + m.Di * n.Dr);

    /// <summary>The conjugate transpose.</summary>
    public Matrix2 Adjoint() => new(Ar, -Ai, Cr, -Ci, Br, -Bi, Dr, -Di);

    /// <summary>The entries as complex numbers, row by row.</summary>
    public Complex[] ToArray() => [new(Ar, Ai), new(Br, Bi), new(Cr, Ci), new(Dr, Di)];
}
