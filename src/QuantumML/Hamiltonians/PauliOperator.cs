using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace QuantumML.Hamiltonians;

/// <summary>A Pauli sum compiled for state vectors: masks moved to amplitude-index bits, diagonal terms (no X or Y) kept apart,
/// and off-diagonal terms grouped by their flip mask so that each group is one pass over the vector.</summary>
/// <remarks>Written by hand rather than as a MathNet sparse matrix: each Pauli string is a signed permutation, so a pass of
/// popcounts over the vector is both smaller (no stored matrix) and faster than a general sparse product.</remarks>
internal sealed class PauliOperator
{
    // Above this size the diagonal is recomputed per product instead of cached (it would cost 8·2^n bytes).
    private const int MaxCachedDiagonalQubits = 24;

    private readonly ulong[] _diagonalMasks;
    private readonly double[] _diagonalCoefficients;
    private readonly FlipGroup[] _groups;
    private double[]? _diagonal;

    public PauliOperator(PauliSum sum)
    {
        QubitCount = sum.QubitCount;
        Dimension = 1 << QubitCount;
        IsReal = sum.IsReal;
        var diagonal = new List<(ulong Z, double C)>();
        var groups = new Dictionary<ulong, List<(ulong Z, Complex C)>>();
        var order = new List<ulong>();
        foreach (var term in sum.Terms)
        {
            var x = ToIndexMask(term.Pauli.XMask);
            var z = ToIndexMask(term.Pauli.ZMask);
            if (x == 0)
            {
                diagonal.Add((z, term.Coefficient));
                continue;
            }
            // P|b⟩ = i^#Y (−1)^popcount(b ∧ z) |b ⊕ x⟩: Y = iXZ contributes one factor i each.
            var phase = (term.Pauli.YCount & 3) switch { 0 => Complex.One, 1 => Complex.ImaginaryOne, 2 => -Complex.One, _ => -Complex.ImaginaryOne };
            if (!groups.TryGetValue(x, out var list)) { groups[x] = list = []; order.Add(x); }
            list.Add((z, phase * term.Coefficient));
        }
        _diagonalMasks = diagonal.Select(d => d.Z).ToArray();
        _diagonalCoefficients = diagonal.Select(d => d.C).ToArray();
        _groups = order.Select(x => new FlipGroup(x, groups[x].Select(t => t.Z).ToArray(), groups[x].Select(t => t.C).ToArray())).ToArray();
    }

    public int QubitCount { get; }

    public int Dimension { get; }

    /// <summary>True when every matrix element is real.</summary>
    public bool IsReal { get; }

    public double Expectation(ReadOnlySpan<Complex> psi)
    {
        var sum = 0.0;
        for (var b = 0; b < psi.Length; b++)
        {
            var a = psi[b];
            sum += DiagonalAt((ulong)b) * (a.Real * a.Real + a.Imaginary * a.Imaginary);
        }
        var off = Complex.Zero;
        foreach (var g in _groups)
        {
            for (var b = 0; b < psi.Length; b++)
            {
                var a = psi[b];
                if (a == Complex.Zero) continue;
                off += Complex.Conjugate(psi[(int)((ulong)b ^ g.Flip)]) * g.Factor((ulong)b) * a;
            }
        }
        return sum + off.Real;
    }

    public void Apply(ReadOnlySpan<Complex> x, Span<Complex> y)
    {
        var diagonal = Diagonal();
        for (var b = 0; b < x.Length; b++) y[b] = x[b] * (diagonal is null ? DiagonalAt((ulong)b) : diagonal[b]);
        foreach (var g in _groups)
        {
            var flip = (int)g.Flip;
            if (g.IsConstant)
            {
                var c = g.Factor(0);
                for (var b = 0; b < x.Length; b++) y[b ^ flip] += c * x[b];
            }
            else
            {
                for (var b = 0; b < x.Length; b++) y[b ^ flip] += g.Factor((ulong)b) * x[b];
            }
        }
    }

    /// <summary>y = H x for a real Hamiltonian on real vectors.</summary>
    public void ApplyReal(ReadOnlySpan<double> x, Span<double> y)
    {
        if (!IsReal) throw new InvalidOperationException("The Hamiltonian has imaginary matrix elements (an odd number of Y in a term).");
        var diagonal = Diagonal();
        for (var b = 0; b < x.Length; b++) y[b] = x[b] * (diagonal is null ? DiagonalAt((ulong)b) : diagonal[b]);
        foreach (var g in _groups)
        {
            var flip = (int)g.Flip;
            if (g.IsConstant)
            {
                // Pure X strings (e.g. transverse fields): a permuted axpy, the bulk of a TFIM product.
                var c = g.RealFactor(0);
                for (var b = 0; b < x.Length; b++) y[b ^ flip] += c * x[b];
            }
            else
            {
                for (var b = 0; b < x.Length; b++) y[b ^ flip] += g.RealFactor((ulong)b) * x[b];
            }
        }
    }

    public Matrix<Complex> ToDenseMatrix()
    {
        var m = Matrix<Complex>.Build.Dense(Dimension, Dimension);
        for (var b = 0; b < Dimension; b++) m[b, b] = DiagonalAt((ulong)b);
        foreach (var g in _groups)
            for (var b = 0; b < Dimension; b++)
                m[(int)((ulong)b ^ g.Flip), b] += g.Factor((ulong)b);
        return m;
    }

    public Matrix<double> ToDenseRealMatrix()
    {
        if (!IsReal) throw new InvalidOperationException("The Hamiltonian has imaginary matrix elements (an odd number of Y in a term).");
        var m = Matrix<double>.Build.Dense(Dimension, Dimension);
        for (var b = 0; b < Dimension; b++) m[b, b] = DiagonalAt((ulong)b);
        foreach (var g in _groups)
            for (var b = 0; b < Dimension; b++)
                m[(int)((ulong)b ^ g.Flip), b] += g.RealFactor((ulong)b);
        return m;
    }

    private double[]? Diagonal()
    {
        if (_diagonal is not null || QubitCount > MaxCachedDiagonalQubits) return _diagonal;
        var d = new double[Dimension];
        for (var b = 0; b < d.Length; b++) d[b] = DiagonalAt((ulong)b);
        return _diagonal = d;
    }

    private double DiagonalAt(ulong b)
    {
        var sum = 0.0;
        for (var k = 0; k < _diagonalMasks.Length; k++)
            sum += (BitOperations.PopCount(b & _diagonalMasks[k]) & 1) == 0 ? _diagonalCoefficients[k] : -_diagonalCoefficients[k];
        return sum;
    }

    /// <summary>Moves qubit q (bit q) to amplitude-index bit n−1−q: qubit 0 is the most significant bit.</summary>
    private ulong ToIndexMask(ulong qubitMask)
    {
        ulong m = 0;
        for (var q = 0; q < QubitCount; q++)
            if (((qubitMask >> q) & 1) != 0) m |= 1UL << (QubitCount - 1 - q);
        return m;
    }

    /// <summary>Terms sharing one flip mask: their summed matrix element from |b⟩ to |b ⊕ Flip⟩ is Factor(b).</summary>
    private sealed class FlipGroup(ulong flip, ulong[] signMasks, Complex[] coefficients)
    {
        private readonly double[] _real = coefficients.Select(c => c.Real).ToArray();

        public ulong Flip => flip;

        /// <summary>True when no term has a Z or Y factor, so the element does not depend on b.</summary>
        public bool IsConstant { get; } = signMasks.All(z => z == 0);

        public Complex Factor(ulong b)
        {
            var f = Complex.Zero;
            for (var k = 0; k < signMasks.Length; k++)
                f += (BitOperations.PopCount(b & signMasks[k]) & 1) == 0 ? coefficients[k] : -coefficients[k];
            return f;
        }

        public double RealFactor(ulong b)
        {
            var f = 0.0;
            for (var k = 0; k < signMasks.Length; k++)
                f += (BitOperations.PopCount(b & signMasks[k]) & 1) == 0 ? _real[k] : -_real[k];
            return f;
        }
    }
}
