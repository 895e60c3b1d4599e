using QuantumML.Simulation.Qir;

namespace QuantumML.Simulation.StateVectors;

/// <summary>The adjoint method's backward step over a run of single-qubit gates on one qubit, in one pass over the state:
/// for each amplitude pair of the qubit, and each gate from last to first, the pair's share of Im⟨λ|P|ψ⟩ is added up and
/// U† is applied to ψ and to every λ, all in registers. Three passes per gate (inner product, un-apply ψ, un-apply λ) become
/// one per run.</summary>
public static class AdjointKernels
{
    /// <summary>Un-applies a run of gates from <paramref name="psi"/> and each of <paramref name="lambdas"/>, given their inverses
    /// <paramref name="daggers"/> in program order, and adds Im⟨λₒ|Pₜ|ψₜ⟩ to <paramref name="derivatives"/>[t·K + o] for every
    /// gate t whose <paramref name="generators"/>[t] is X, Y or Z (the rotation's Pauli; other gates have null).</summary>
    public static void UnapplyRun(StateVector psi, StateVector[] lambdas, int qubit, ReadOnlySpan<Matrix2> daggers, ReadOnlySpan<GateKind?> generators, Span<double> derivatives)
    {
        var s = psi.Mask(qubit);
        var pairs = psi.Length / 2;
        if (!psi.Parallel || psi.Length < StateVector.ParallelThreshold || Environment.ProcessorCount < 2)
        {
            Range(psi, lambdas, s, daggers, generators, derivatives, 0, pairs);
            return;
        }
        var parts = Math.Min(Environment.ProcessorCount, 8);
        var partials = new double[parts][];
        var (d, g) = (daggers.ToArray(), generators.ToArray());
        var length = derivatives.Length;
        Parallel.For(0, parts, part =>
        {
            partials[part] = new double[length];
            Range(psi, lambdas, s, d, g, partials[part], (int)((long)pairs * part / parts), (int)((long)pairs * (part + 1) / parts));
        });
        foreach (var partial in partials)
            for (var i = 0; i < length; i++) derivatives[i] += partial[i];
    }

    private static void Range(StateVector psi, StateVector[] lambdas, int s, ReadOnlySpan<Matrix2> daggers, ReadOnlySpan<GateKind?> generators, Span<double> derivatives, int start, int end)
    {
        var k = lambdas.Length;
        var low = s - 1;
        var (pr, pi) = (psi.Re, psi.Im);
        Span<double> lr0 = stackalloc double[k];
        Span<double> li0 = stackalloc double[k];
        Span<double> lr1 = stackalloc double[k];
        Span<double> li1 = stackalloc double[k];
        Span<double> sums = stackalloc double[derivatives.Length];
        for (var p = start; p < end; p++)
        {
            var i = ((p & ~low) << 1) | (p & low);
            var j = i | s;
            double ar = pr[i], ai = pi[i], br = pr[j], bi = pi[j];
            for (var o = 0; o < k; o++)
            {
                lr0[o] = lambdas[o].Re[i];
                li0[o] = lambdas[o].Im[i];
                lr1[o] = lambdas[o].Re[j];
                li1[o] = lambdas[o].Im[j];
            }
            for (var t = daggers.Length - 1; t >= 0; t--)
            {
                if (generators[t] is { } g)
                {
                    // (Pψ) on the pair: X swaps, Y gives (−i·b, i·a), Z gives (a, −b).
                    double qr0, qi0, qr1, qi1;
                    switch (g)
                    {
                        case GateKind.X: (qr0, qi0, qr1, qi1) = (br, bi, ar, ai); break;
                        case GateKind.Y: (qr0, qi0, qr1, qi1) = (bi, -br, -ai, ar); break;
                        default: (qr0, qi0, qr1, qi1) = (ar, ai, -br, -bi); break;
                    }
                    for (var o = 0; o < k; o++)
                        sums[t * k + o] += lr0[o] * qi0 - li0[o] * qr0 + lr1[o] * qi1 - li1[o] * qr1;
                }
                var m = daggers[t];
                (ar, ai, br, bi) = (m.Ar * ar - m.Ai * ai + m.Br * br - m.Bi * bi, m.Ar * ai + m.Ai * ar + m.Br * bi + m.Bi * br,
                                    m.Cr * ar - m.Ci * ai + m.Dr * br - m.Di * bi, m.Cr * ai + m.Ci * ar + m.Dr * bi + m.Di * br);
                for (var o = 0; o < k; o++)
                {
                    double xr = lr0[o], xi = li0[o], yr = lr1[o], yi = li1[o];
                    lr0[o] = m.Ar * xr - m.Ai * xi + m.Br * yr - m.Bi * yi;
                    li0[o] = m.Ar * xi + m.Ai * xr + m.Br * yi + m.Bi * yr;
                    lr1[o] = m.Cr * xr - m.Ci * xi + m.Dr * yr - m.Di * yi;
                    li1[o] = m.Cr * xi + m.Ci * xr + m.Dr * yi + m.Di * yr;
                }
            }
            (pr[i], pi[i], pr[j], pi[j]) = (ar, ai, br, bi);
            for (var o = 0; o < k; o++)
            {
                lambdas[o].Re[i] = lr0[o];
                lambdas[o].Im[i] = li0[o];
                lambdas[o].Re[j] = lr1[o];
                lambdas[o].Im[j] = li1[o];
            }
        }
        for (var d = 0; d < derivatives.Length; d++) derivatives[d] += sums[d];
    }
}
