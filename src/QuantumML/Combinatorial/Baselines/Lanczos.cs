using MathNet.Numerics.LinearAlgebra;

namespace QuantumML.Combinatorial.Baselines;

/// <summary>The smallest eigenvalue of a symmetric operator given by its product with a vector.</summary>
internal static class Lanczos
{
    /// <summary>Lanczos with full reorthogonalization for up to <paramref name="maxSteps"/> steps, then the smallest
    /// eigenvalue of the tridiagonal matrix. Exact (to rounding) when the Krylov space fills ℝ^n (n ≤ steps); otherwise
    /// the smallest Ritz value, which converges to λ_min from above, fastest for the extreme eigenvalues.</summary>
    public static double SmallestEigenvalue(int n, Action<double[], double[]> multiply, int maxSteps, ulong seed)
    {
        var steps = Math.Min(n, maxSteps);
        var basis = new List<double[]>(steps);
        var alpha = new List<double>();
        var beta = new List<double>();
        var rng = Solvers.Xoshiro256.ForStream(seed, 0x1a2c);
        var q = new double[n];
        for (var i = 0; i < n; i++) q[i] = rng.NextGaussian();
        VectorMath.Scale(q, 1 / VectorMath.Norm(q));
        var w = new double[n];
        for (var j = 0; j < steps; j++)
        {
            basis.Add(q);
            multiply(q, w);
            var a = VectorMath.Dot(w, q);
            alpha.Add(a);
            // Full reorthogonalization against every basis vector (twice is enough) keeps the Ritz values clean.
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var v in basis)
                {
                    var c = VectorMath.Dot(w, v);
                    for (var i = 0; i < n; i++) w[i] -= c * v[i];
                }
            }
            var b = VectorMath.Norm(w);
            if (j == steps - 1 || b < 1e-10) break;
            beta.Add(b);
            q = (double[])w.Clone();
            VectorMath.Scale(q, 1 / b);
        }
        var m = alpha.Count;
        var t = Matrix<double>.Build.Dense(m, m);
        for (var i = 0; i < m; i++)
        {
            t[i, i] = alpha[i];
            if (i + 1 < m)
            {
                t[i, i + 1] = beta[i];
                t[i + 1, i] = beta[i];
            }
        }
        return t.Evd(Symmetricity.Symmetric).EigenValues.Min(z => z.Real);
    }
}
