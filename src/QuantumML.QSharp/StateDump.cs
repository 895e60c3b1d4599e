using System.Numerics;

namespace QuantumML.QSharp;

/// <summary>The exact state a <c>DumpMachine()</c> or <c>DumpRegister(...)</c> printed, as dense amplitudes.</summary>
/// <remarks>
/// Qubit order: qubit 0 is the most significant bit of the amplitude index, so index <c>i</c> is the
/// basis label read as a binary number with qubit 0 leftmost (<c>|01⟩</c> is index 1: qubit 0 in |0⟩,
/// qubit 1 in |1⟩). This is the order of the Kronecker product <c>q0 ⊗ q1 ⊗ …</c>.
/// </remarks>
/// <param name="QubitCount">Number of qubits dumped.</param>
/// <param name="Amplitudes">The 2^QubitCount amplitudes; those the simulator left out are zero.</param>
public sealed record StateDump(int QubitCount, Complex[] Amplitudes)
{
    /// <summary>The probability of each basis state: |amplitude|².</summary>
    public double[] Probabilities()
    {
        var p = new double[Amplitudes.Length];
        for (var i = 0; i < p.Length; i++)
        {
            var a = Amplitudes[i];
            p[i] = a.Real * a.Real + a.Imaginary * a.Imaginary;
        }
        return p;
    }

    /// <summary>The expectation of Z on <paramref name="qubit"/>: P(qubit = 0) − P(qubit = 1).</summary>
    public double ExpectationZ(int qubit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(qubit);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(qubit, QubitCount);
        var mask = 1 << (QubitCount - 1 - qubit);
        var sum = 0.0;
        for (var i = 0; i < Amplitudes.Length; i++)
        {
            var a = Amplitudes[i];
            var p = a.Real * a.Real + a.Imaginary * a.Imaginary;
            sum += (i & mask) == 0 ? p : -p;
        }
        return sum;
    }

    /// <summary>The basis label of an index, qubit 0 leftmost (<c>|01⟩</c>).</summary>
    public string Label(int index) =>
        QubitCount == 0 ? "|⟩" : $"|{Convert.ToString(index, 2).PadLeft(QubitCount, '0')}⟩";
}
