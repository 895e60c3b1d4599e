using MathNet.Numerics.Distributions;
using Complex = System.Numerics.Complex;

namespace QuantumML.Tests.Landscape;

/// <summary>Haar-random pure states, drawn independently of the engine: a vector of i.i.d. complex Gaussians, normalized.</summary>
internal static class HaarStates
{
    public static Complex[] Draw(int qubits, Random random)
    {
        var state = new Complex[1 << qubits];
        var norm = 0.0;
        for (var i = 0; i < state.Length; i++)
        {
            state[i] = new Complex(Normal.Sample(random, 0, 1), Normal.Sample(random, 0, 1));
            norm += state[i].Real * state[i].Real + state[i].Imaginary * state[i].Imaginary;
        }
        norm = Math.Sqrt(norm);
        for (var i = 0; i < state.Length; i++) state[i] /= norm;
        return state;
    }

    /// <summary>|⟨a|b⟩|², written out here rather than taken from the library.</summary>
    public static double Fidelity(Complex[] a, Complex[] b)
    {
        var inner = Complex.Zero;
        for (var i = 0; i < a.Length; i++) inner += Complex.Conjugate(a[i]) * b[i];
        return inner.Magnitude * inner.Magnitude;
    }
}
