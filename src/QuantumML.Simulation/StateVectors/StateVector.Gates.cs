using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using QuantumML.Simulation.Qir;

namespace QuantumML.Simulation.StateVectors;

public sealed partial class StateVector
{
    /// <summary>Applies the gate <paramref name="kind"/> (or its inverse) on <paramref name="qubits"/>.</summary>
    public void Apply(GateKind kind, ReadOnlySpan<int> qubits, double angle, bool adjoint = false)
    {
        if (adjoint)
        {
            angle = -angle;
            kind = kind switch
            {
                GateKind.S => GateKind.SAdj,
                GateKind.SAdj => GateKind.S,
                GateKind.T => GateKind.TAdj,
                GateKind.TAdj => GateKind.T,
                _ => kind,
            };
        }
        switch (kind)
        {
            case GateKind.Cx: ApplyCx(qubits[0], qubits[1]); break;
            case GateKind.Cy: ApplyCy(qubits[0], qubits[1]); break;
            case GateKind.Cz: ApplyCz(qubits[0], qubits[1]); break;
            case GateKind.Swap: ApplySwap(qubits[0], qubits[1]); break;
            case GateKind.Ccx: ApplyCcx(qubits[0], qubits[1], qubits[2]); break;
            case GateKind.Rxx: ApplyRxx(qubits[0], qubits[1], angle); break;
            case GateKind.Ryy: ApplyRyy(qubits[0], qubits[1], angle); break;
            case GateKind.Rzz: ApplyRzz(qubits[0], qubits[1], angle); break;
            default: Apply1(qubits[0], SingleQubitGates.Matrix(kind, angle)); break;
        }
    }

    /// <summary>Applies a single-qubit matrix to <paramref name="qubit"/>.</summary>
    public void Apply1(int qubit, in Matrix2 m)
    {
        var s = Mask(qubit);
        var (re, im, mm) = (Re, Im, m);
        if (m.IsDiagonal)
        {
            if (Serial) Diagonal1(re, im, s, mm, 0, Length);
            else For(Length, (a, b) => Diagonal1(re, im, s, mm, a, b));
        }
        else
        {
            if (Serial) Dense1(re, im, s, mm, 0, Length / 2);
            else For(Length / 2, (a, b) => Dense1(re, im, s, mm, a, b));
        }
    }

    /// <summary>Controlled X.</summary>
    public void ApplyCx(int control, int target)
    {
        var (c, t, re, im) = (Mask(control), Mask(target), Re, Im);
        if (Serial) Cx(re, im, c, t, 0, Length / 4);
        else For(Length / 4, (a, b) => Cx(re, im, c, t, a, b));
    }

    /// <summary>Controlled Y.</summary>
    public void ApplyCy(int control, int target)
    {
        var (c, t, re, im) = (Mask(control), Mask(target), Re, Im);
        if (Serial) Cy(re, im, c, t, 0, Length / 4);
        else For(Length / 4, (a, b) => Cy(re, im, c, t, a, b));
    }

    /// <summary>Controlled Z: −1 where both qubits are 1.</summary>
    public void ApplyCz(int a, int b)
    {
        var (m, re, im) = (Mask(a) | Mask(b), Re, Im);
        if (Serial) Cz(re, im, m, 0, Length);
        else For(Length, (x, y) => Cz(re, im, m, x, y));
    }

    /// <summary>Swaps two qubits.</summary>
    public void ApplySwap(int a, int b)
    {
        var (ma, mb, re, im) = (Mask(a), Mask(b), Re, Im);
        if (Serial) SwapKernel(re, im, ma, mb, 0, Length / 4);
        else For(Length / 4, (x, y) => SwapKernel(re, im, ma, mb, x, y));
    }

    /// <summary>Toffoli.</summary>
    public void ApplyCcx(int c1, int c2, int target) => Ccx(Re, Im, Mask(c1), Mask(c2), Mask(target), 0, Length);

    private static void Ccx(double[] re, double[] im, int m1, int m2, int t, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((i & m1) == 0 || (i & m2) == 0 || (i & t) != 0) continue;
            var j = i | t;
            (re[i], re[j]) = (re[j], re[i]);
            (im[i], im[j]) = (im[j], im[i]);
        }
    }

    /// <summary>exp(−iθ X⊗X/2): ψ′ᵢ = cos(θ/2)ψᵢ − i·sin(θ/2)ψ_{i⊕m}.</summary>
    public void ApplyRxx(int a, int b, double theta) => PairRotation(Mask(a) | Mask(b), theta, yy: false);

    /// <summary>exp(−iθ Y⊗Y/2): like Rxx, with Y⊗Y's sign −1 between equal bits and +1 between different ones.</summary>
    public void ApplyRyy(int a, int b, double theta) => PairRotation(Mask(a) | Mask(b), theta, yy: true);

    /// <summary>exp(−iθ Z⊗Z/2): e^{−iθ/2} where the two bits agree, e^{iθ/2} where they differ.</summary>
    public void ApplyRzz(int a, int b, double theta)
    {
        var (ma, mb, re, im) = (Mask(a), Mask(b), Re, Im);
        var (s, c) = Math.SinCos(theta / 2);
        if (Serial) Rzz(re, im, ma, mb, c, s, 0, Length);
        else For(Length, (x, y) => Rzz(re, im, ma, mb, c, s, x, y));
    }

    private bool Serial => !Parallel || Length < ParallelThreshold || Environment.ProcessorCount < 2;

    private void PairRotation(int mask, double theta, bool yy)
    {
        var (s, c) = Math.SinCos(theta / 2);
        var (re, im) = (Re, Im);
        // Each index i pairs with i ⊕ mask; visiting only the member whose high bit of the two is 0 covers each pair once.
        var high = 1 << (31 - System.Numerics.BitOperations.LeadingZeroCount((uint)mask));
        if (Serial) PairRotationKernel(re, im, mask, high, c, s, yy, 0, Length);
        else For(Length, (x, y) => PairRotationKernel(re, im, mask, high, c, s, yy, x, y));
    }

    private static void PairRotationKernel(double[] re, double[] im, int mask, int high, double c, double s, bool yy, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((i & high) != 0) continue;
            var j = i ^ mask;
            // Y⊗Y maps |00⟩ ↔ −|11⟩ and |01⟩ ↔ |10⟩; X⊗X maps each with sign +1.
            var sign = yy && (i & mask) == 0 ? -1.0 : 1.0;
            var ss = s * sign;
            double ar = re[i], ai = im[i], br = re[j], bi = im[j];
            // (c·a − i·ss·b, c·b − i·ss·a)
            re[i] = c * ar + ss * bi;
            im[i] = c * ai - ss * br;
            re[j] = c * br + ss * ai;
            im[j] = c * bi - ss * ar;
        }
    }

    private static void Dense1(double[] re, double[] im, int s, Matrix2 m, int start, int end)
    {
        if (s >= Vector256<double>.Count && Vector256.IsHardwareAccelerated)
        {
            Dense1Vector(re, im, s, m, start, end);
            return;
        }
        var low = s - 1;
        for (var p = start; p < end; p++)
        {
            var i = ((p & ~low) << 1) | (p & low);
            var j = i | s;
            double ar = re[i], ai = im[i], br = re[j], bi = im[j];
            re[i] = m.Ar * ar - m.Ai * ai + m.Br * br - m.Bi * bi;
            im[i] = m.Ar * ai + m.Ai * ar + m.Br * bi + m.Bi * br;
            re[j] = m.Cr * ar - m.Ci * ai + m.Dr * br - m.Di * bi;
            im[j] = m.Cr * ai + m.Ci * ar + m.Dr * bi + m.Di * br;
        }
    }

    /// <summary>The dense kernel four amplitudes at a time: pair indices p in [start, end) map to runs of s contiguous
    /// amplitudes (s ≥ 4 and a power of two, so the ranges split on multiples of 4).</summary>
    private static void Dense1Vector(double[] re, double[] im, int s, Matrix2 m, int start, int end)
    {
        var (ar, ai, br, bi) = (Vector256.Create(m.Ar), Vector256.Create(m.Ai), Vector256.Create(m.Br), Vector256.Create(m.Bi));
        var (cr, ci, dr, di) = (Vector256.Create(m.Cr), Vector256.Create(m.Ci), Vector256.Create(m.Dr), Vector256.Create(m.Di));
        ref var r0 = ref MemoryMarshal.GetArrayDataReference(re);
        ref var i0 = ref MemoryMarshal.GetArrayDataReference(im);
        var low = s - 1;
        for (var p = start; p < end; p += Vector256<double>.Count)
        {
            var i = (nuint)(((p & ~low) << 1) | (p & low));
            var j = i + (nuint)s;
            var xr = Vector256.LoadUnsafe(ref r0, i);
            var xi = Vector256.LoadUnsafe(ref i0, i);
            var yr = Vector256.LoadUnsafe(ref r0, j);
            var yi = Vector256.LoadUnsafe(ref i0, j);
            (ar * xr - ai * xi + br * yr - bi * yi).StoreUnsafe(ref r0, i);
            (ar * xi + ai * xr + br * yi + bi * yr).StoreUnsafe(ref i0, i);
            (cr * xr - ci * xi + dr * yr - di * yi).StoreUnsafe(ref r0, j);
            (cr * xi + ci * xr + dr * yi + di * yr).StoreUnsafe(ref i0, j);
        }
    }

    private static void Diagonal1(double[] re, double[] im, int s, Matrix2 m, int start, int end)
    {
        if (s < Vector256<double>.Count)
        {
            for (var i = start; i < end; i++)
            {
                var (pr, pi) = (i & s) == 0 ? (m.Ar, m.Ai) : (m.Dr, m.Di);
                var (r, x) = (re[i], im[i]);
                re[i] = pr * r - pi * x;
                im[i] = pr * x + pi * r;
            }
            return;
        }
        // Runs of s amplitudes share the qubit's bit, hence one phase; each run is a span to scale.
        for (var run = start; run < end;)
        {
            var length = Math.Min(s - (run & (s - 1)), end - run);
            var (pr, pi) = (run & s) == 0 ? (m.Ar, m.Ai) : (m.Dr, m.Di);
            if (pr != 1 || pi != 0) Rotate(re.AsSpan(run, length), im.AsSpan(run, length), pr, pi);
            run += length;
        }
    }

    /// <summary>Multiplies every amplitude of the span by the phase pr + i·pi.</summary>
    private static void Rotate(Span<double> re, Span<double> im, double pr, double pi)
    {
        var k = 0;
        if (Vector256.IsHardwareAccelerated && re.Length >= Vector256<double>.Count)
        {
            var (vr, vi) = (Vector256.Create(pr), Vector256.Create(pi));
            ref var r0 = ref MemoryMarshal.GetReference(re);
            ref var i0 = ref MemoryMarshal.GetReference(im);
            for (; k + Vector256<double>.Count <= re.Length; k += Vector256<double>.Count)
            {
                var r = Vector256.LoadUnsafe(ref r0, (nuint)k);
                var x = Vector256.LoadUnsafe(ref i0, (nuint)k);
                (vr * r - vi * x).StoreUnsafe(ref r0, (nuint)k);
                (vr * x + vi * r).StoreUnsafe(ref i0, (nuint)k);
            }
        }
        for (; k < re.Length; k++)
        {
            var (r, x) = (re[k], im[k]);
            re[k] = pr * r - pi * x;
            im[k] = pr * x + pi * r;
        }
    }

    /// <summary>The index with zero bits inserted at the two masks' positions, for the k-th index of a two-qubit kernel.</summary>
    private static int Spread(int k, int lowMask, int highMask)
    {
        var i = ((k & ~(lowMask - 1)) << 1) | (k & (lowMask - 1));
        return ((i & ~(highMask - 1)) << 1) | (i & (highMask - 1));
    }

    private static void Cx(double[] re, double[] im, int c, int t, int start, int end)
    {
        // Indices with the control bit set and the target bit clear come in contiguous runs of min(c, t): swap each run
        // with its partner run, target bit set.
        var (lo, hi) = c < t ? (c, t) : (t, c);
        for (var k = start; k < end;)
        {
            var length = Math.Min(lo - (k & (lo - 1)), end - k);
            var i = Spread(k, lo, hi) | c;
            SwapRuns(re.AsSpan(i, length), re.AsSpan(i | t, length));
            SwapRuns(im.AsSpan(i, length), im.AsSpan(i | t, length));
            k += length;
        }
    }

    private static void SwapRuns(Span<double> a, Span<double> b)
    {
        var k = 0;
        if (Vector256.IsHardwareAccelerated && a.Length >= Vector256<double>.Count)
        {
            ref var a0 = ref MemoryMarshal.GetReference(a);
            ref var b0 = ref MemoryMarshal.GetReference(b);
            for (; k + Vector256<double>.Count <= a.Length; k += Vector256<double>.Count)
            {
                var x = Vector256.LoadUnsafe(ref a0, (nuint)k);
                Vector256.LoadUnsafe(ref b0, (nuint)k).StoreUnsafe(ref a0, (nuint)k);
                x.StoreUnsafe(ref b0, (nuint)k);
            }
        }
        for (; k < a.Length; k++) (a[k], b[k]) = (b[k], a[k]);
    }

    private static void Cy(double[] re, double[] im, int c, int t, int start, int end)
    {
        var (lo, hi) = c < t ? (c, t) : (t, c);
        for (var k = start; k < end; k++)
        {
            var i = Spread(k, lo, hi) | c;
            var j = i | t;
            // Y: |0⟩ → i|1⟩, |1⟩ → −i|0⟩, so ψ′ᵢ = −i·ψⱼ and ψ′ⱼ = i·ψᵢ.
            double ar = re[i], ai = im[i], br = re[j], bi = im[j];
            re[i] = bi;
            im[i] = -br;
            re[j] = -ai;
            im[j] = ar;
        }
    }

    private static void Cz(double[] re, double[] im, int mask, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((i & mask) != mask) continue;
            re[i] = -re[i];
            im[i] = -im[i];
        }
    }

    private static void SwapKernel(double[] re, double[] im, int a, int b, int start, int end)
    {
        var (lo, hi) = a < b ? (a, b) : (b, a);
        for (var k = start; k < end; k++)
        {
            var i = Spread(k, lo, hi) | a;
            var j = Spread(k, lo, hi) | b;
            (re[i], re[j]) = (re[j], re[i]);
            (im[i], im[j]) = (im[j], im[i]);
        }
    }

    private static void Rzz(double[] re, double[] im, int a, int b, double c, double s, int start, int end)
    {
        // Runs of min(a, b) amplitudes share both bits, hence one phase: e^{−iθ/2} = c − i·s where the bits agree,
        // c + i·s where they differ.
        var lo = Math.Min(a, b);
        if (lo < Vector256<double>.Count)
        {
            for (var i = start; i < end; i++)
            {
                var phase = ((i & a) == 0) == ((i & b) == 0) ? -s : s;
                var (r, x) = (re[i], im[i]);
                re[i] = c * r - phase * x;
                im[i] = c * x + phase * r;
            }
            return;
        }
        for (var run = start; run < end;)
        {
            var length = Math.Min(lo - (run & (lo - 1)), end - run);
            var ps = ((run & a) == 0) == ((run & b) == 0) ? -s : s;
            Rotate(re.AsSpan(run, length), im.AsSpan(run, length), c, ps);
            run += length;
        }
    }
}
