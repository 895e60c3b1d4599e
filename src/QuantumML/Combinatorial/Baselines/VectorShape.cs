using MathNet.Numerics.LinearAlgebra;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Baselines;

/// <summary>The Burer-Monteiro form of an Ising model's relaxation: N = n (+1 with fields) vectors of length k stored
/// row by row in one flat array u; v_i = u_i/|u_i|; the objective Σ A_ij v_i·v_j over pairs plus the offset, where A holds
/// the couplings and (row 0) the fields.</summary>
internal sealed class VectorShape
{
    private readonly IsingModel _model;
    private readonly int _first;

    public VectorShape(IsingModel model, int? rank)
    {
        _model = model;
        HasFieldVector = model.HasFields;
        _first = HasFieldVector ? 1 : 0;
        Count = model.SpinCount + _first;
        Rank = rank ?? (int)Math.Ceiling(Math.Sqrt(2.0 * Count)) + 1;
        ArgumentOutOfRangeException.ThrowIfLessThan(Rank, 1);
    }

    public bool HasFieldVector { get; }

    /// <summary>N, the number of vectors.</summary>
    public int Count { get; }

    /// <summary>k, the length of each vector.</summary>
    public int Rank { get; }

    /// <summary>The objective at u and its gradient with respect to u (through the normalization).</summary>
    public double Evaluate(double[] u, out double[] gradient)
    {
        var k = Rank;
        var v = new double[u.Length];
        var norms = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            norms[i] = Math.Max(1e-300, VectorMath.Norm(u.AsSpan(i * k, k)));
            for (var c = 0; c < k; c++) v[i * k + c] = u[i * k + c] / norms[i];
        }
        // g = A v: the gradient with respect to the unit vectors.
        var g = new double[u.Length];
        Multiply(v, g, k);
        gradient = new double[u.Length];
        var value = 0.0;
        for (var i = 0; i < Count; i++)
        {
            var vi = v.AsSpan(i * k, k);
            var gi = g.AsSpan(i * k, k);
            var radial = VectorMath.Dot(gi, vi);
            value += radial;
            // Only the tangential part of g moves a unit vector; 1/|u_i| comes from the normalization.
            for (var c = 0; c < k; c++) gradient[i * k + c] = (gi[c] - radial * vi[c]) / norms[i];
        }
        return _model.Offset + value / 2;
    }

    /// <summary>out = A x for N×<paramref name="width"/> row blocks (width 1 for plain vectors).</summary>
    public void Multiply(ReadOnlySpan<double> x, Span<double> result, int width)
    {
        result.Clear();
        foreach (var c in _model.Couplings) Accumulate(x, result, width, c.I + _first, c.J + _first, c.Value);
        if (!HasFieldVector) return;
        for (var i = 0; i < _model.SpinCount; i++)
        {
            if (_model.Fields[i] != 0) Accumulate(x, result, width, 0, i + 1, _model.Fields[i]);
        }
    }

    private static void Accumulate(ReadOnlySpan<double> x, Span<double> result, int width, int a, int b, double weight)
    {
        for (var c = 0; c < width; c++)
        {
            result[a * width + c] += weight * x[b * width + c];
            result[b * width + c] += weight * x[a * width + c];
        }
    }

    public double[][] Normalized(double[] u)
    {
        var vectors = new double[Count][];
        for (var i = 0; i < Count; i++)
        {
            vectors[i] = u.AsSpan(i * Rank, Rank).ToArray();
            VectorMath.Scale(vectors[i], 1 / Math.Max(1e-300, VectorMath.Norm(vectors[i])));
        }
        return vectors;
    }

    public double Value(double[][] vectors) => Evaluate(Flatten(vectors), out _);

    /// <summary>offset + Σ y_i + N·λ_min(C - Diag(y)) with C = A/2 and y_i = Σ_j C_ij v_i·v_j: the dual objective of
    /// y shifted by λ_min into feasibility, a lower bound on the relaxation and so on every assignment.</summary>
    public double DualBound(double[][] vectors, int lanczosSteps, ulong seed)
    {
        var flat = Flatten(vectors);
        var g = new double[flat.Length];
        Multiply(flat, g, Rank);
        var y = new double[Count];
        for (var i = 0; i < Count; i++) y[i] = VectorMath.Dot(g.AsSpan(i * Rank, Rank), vectors[i]) / 2;
        void Apply(double[] x, double[] result)
        {
            Multiply(x, result, 1);
            for (var i = 0; i < x.Length; i++) result[i] = result[i] / 2 - y[i] * x[i];
        }
        var lambda = Count <= lanczosSteps ? DenseSmallest(Apply) : Lanczos.SmallestEigenvalue(Count, Apply, lanczosSteps, seed);
        return _model.Offset + y.Sum() + Count * Math.Min(0, lambda);
    }

    // Small problems: the exact spectrum of the assembled dense matrix.
    private double DenseSmallest(Action<double[], double[]> apply)
    {
        var m = Matrix<double>.Build.Dense(Count, Count);
        var e = new double[Count];
        var column = new double[Count];
        for (var j = 0; j < Count; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            apply(e, column);
            for (var i = 0; i < Count; i++) m[i, j] = column[i];
        }
        return m.Evd(Symmetricity.Symmetric).EigenValues.Min(z => z.Real);
    }

    private double[] Flatten(double[][] vectors)
    {
        var flat = new double[Count * Rank];
        for (var i = 0; i < Count; i++) vectors[i].CopyTo(flat, i * Rank);
        return flat;
    }
}
