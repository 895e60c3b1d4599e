using System.Numerics;
using QuantumML.Simulation.Qir;

namespace QuantumML.Simulation.StateVectors;

/// <summary>⟨λ|P|ψ⟩ for the generator P of a rotation gate (X, Y, Z, X⊗X, Y⊗Y or Z⊗Z), without changing either state:
/// the one quantity the adjoint method needs per parameterized gate.</summary>
public static class PauliInner
{
    /// <summary>⟨<paramref name="lambda"/>|P|<paramref name="psi"/>⟩ for the generator of <paramref name="rotation"/> on <paramref name="qubits"/>.</summary>
    public static Complex Of(StateVector lambda, StateVector psi, GateKind rotation, ReadOnlySpan<int> qubits)
    {
        var (lr, li, pr, pi) = (lambda.Re, lambda.Im, psi.Re, psi.Im);
        var m = psi.Mask(qubits[0]);
        if (rotation is GateKind.Rxx or GateKind.Ryy or GateKind.Rzz) m |= psi.Mask(qubits[1]);
        var a = rotation is GateKind.Rxx or GateKind.Ryy or GateKind.Rzz ? psi.Mask(qubits[0]) : m;
        double re = 0, im = 0;
        switch (rotation)
        {
            case GateKind.Rz:
            case GateKind.Rzz:
                for (var i = 0; i < pr.Length; i++)
                {
                    // Z: −1 where the bit is set; Z⊗Z: −1 where the two bits differ.
                    var odd = rotation == GateKind.Rz ? (i & m) != 0 : ((i & a) == 0) != ((i & (m ^ a)) == 0);
                    var (zr, zi) = odd ? (-pr[i], -pi[i]) : (pr[i], pi[i]);
                    re += lr[i] * zr + li[i] * zi;
                    im += lr[i] * zi - li[i] * zr;
                }
                break;
            case GateKind.Rx:
            case GateKind.Rxx:
                for (var i = 0; i < pr.Length; i++)
                {
                    var j = i ^ m;
                    re += lr[i] * pr[j] + li[i] * pi[j];
                    im += lr[i] * pi[j] - li[i] * pr[j];
                }
                break;
            case GateKind.Ry:
                for (var i = 0; i < pr.Length; i++)
                {
                    // (Yψ)ᵢ = i·ψⱼ where qubit's bit of i is 1, −i·ψⱼ where it is 0.
                    var j = i ^ m;
                    var (zr, zi) = (i & m) != 0 ? (-pi[j], pr[j]) : (pi[j], -pr[j]);
                    re += lr[i] * zr + li[i] * zi;
                    im += lr[i] * zi - li[i] * zr;
                }
                break;
            case GateKind.Ryy:
                for (var i = 0; i < pr.Length; i++)
                {
                    // (Y⊗Yψ)ᵢ = −ψⱼ where the two bits agree, +ψⱼ where they differ.
                    var j = i ^ m;
                    var agree = ((i & a) == 0) == ((i & (m ^ a)) == 0);
                    var (zr, zi) = agree ? (-pr[j], -pi[j]) : (pr[j], pi[j]);
                    re += lr[i] * zr + li[i] * zi;
                    im += lr[i] * zi - li[i] * zr;
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rotation), rotation, "Not a rotation gate.");
        }
        return new Complex(re, im);
    }
}
