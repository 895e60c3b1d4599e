using System.Numerics;

namespace QuantumML.Simulation.StateVectors;

/// <summary>A pure state of n qubits as 2ⁿ complex amplitudes, with in-place gate kernels.</summary>
/// <remarks>
/// No NuGet package simulates quantum circuits, so this state-vector engine is written here (see the project's README).
/// Amplitude index i reads as a binary number with qubit 0 as its most significant bit, the order of the QDK's
/// <c>DumpMachine</c>, so qubit q flips bit n−1−q. Real and imaginary parts live in two arrays, which keeps every kernel
/// a plain loop over doubles. Kernels over large states split their index range across threads
/// (<see cref="Parallel"/>); small ones stay on the caller's thread, where a batch of circuits is parallel instead.
/// </remarks>
public sealed partial class StateVector
{
    /// <summary>The largest register the engine allocates: 2³⁰ amplitudes take 16 GiB.</summary>
    public const int MaxQubits = 30;

    /// <summary>Below this many amplitudes (4 MiB) a kernel never splits across threads: a smaller pass takes less than the
    /// cost of waking a second core when jobs already run side by side.</summary>
    internal const int ParallelThreshold = 1 << 18;

    /// <summary>Creates |0…0⟩ on <paramref name="qubits"/> qubits.</summary>
    public StateVector(int qubits)
    {
        if (qubits is < 1 or > MaxQubits)
            throw new ArgumentOutOfRangeException(nameof(qubits), qubits, $"The compiled engine simulates 1 to {MaxQubits} qubits.");
        Qubits = qubits;
        Re = new double[1 << qubits];
        Im = new double[1 << qubits];
        Re[0] = 1;
    }

    /// <summary>The register size.</summary>
    public int Qubits { get; }

    /// <summary>The number of amplitudes, 2ⁿ.</summary>
    public int Length => Re.Length;

    /// <summary>Real parts.</summary>
    public double[] Re { get; }

    /// <summary>Imaginary parts.</summary>
    public double[] Im { get; }

    /// <summary>Whether large kernels may use every core (false inside an already parallel batch).</summary>
    public bool Parallel { get; set; } = true;

    /// <summary>Back to |0…0⟩.</summary>
    public void Reset()
    {
        Array.Clear(Re);
        Array.Clear(Im);
        Re[0] = 1;
    }

    /// <summary>Copies <paramref name="other"/> (of the same size) into this state.</summary>
    public void CopyFrom(StateVector other)
    {
        Array.Copy(other.Re, Re, Re.Length);
        Array.Copy(other.Im, Im, Im.Length);
    }

    /// <summary>The bit of an amplitude index that qubit <paramref name="qubit"/> sets.</summary>
    public int Mask(int qubit) => 1 << (Qubits - 1 - qubit);

    /// <summary>The amplitudes as complex numbers (qubit 0 the most significant bit of the index).</summary>
    public Complex[] ToAmplitudes()
    {
        var a = new Complex[Length];
        for (var i = 0; i < a.Length; i++) a[i] = new Complex(Re[i], Im[i]);
        return a;
    }

    /// <summary>|amplitude|² for every basis state.</summary>
    public double[] Probabilities()
    {
        var p = new double[Length];
        for (var i = 0; i < p.Length; i++) p[i] = Re[i] * Re[i] + Im[i] * Im[i];
        return p;
    }

    /// <summary>⟨Z⟩ of <paramref name="qubit"/>: P(0) − P(1).</summary>
    public double ExpectationZ(int qubit)
    {
        var mask = Mask(qubit);
        var sum = 0.0;
        var re = Re;
        var im = Im;
        for (var i = 0; i < re.Length; i++)
        {
            var p = re[i] * re[i] + im[i] * im[i];
            sum += (i & mask) == 0 ? p : -p;
        }
        return sum;
    }

    /// <summary>Runs <paramref name="body"/> over [0, <paramref name="count"/>) in one or two ranges.</summary>
    private void For(int count, Action<int, int> body)
    {
        if (!Parallel || Length < ParallelThreshold || Environment.ProcessorCount < 2)
        {
            body(0, count);
            return;
        }
        var parts = Math.Min(Environment.ProcessorCount, 8);
        System.Threading.Tasks.Parallel.For(0, parts, k => body((int)((long)count * k / parts), (int)((long)count * (k + 1) / parts)));
    }
}
