using System.Numerics;
using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using QuantumML.Combinatorial.Baselines;
using QuantumML.Hamiltonians;
using Simd = System.Numerics.Vector<double>;

namespace QuantumML.Eigensolvers;

/// <summary>The lowest eigenpair of a large symmetric operator by Lanczos iteration with full reorthogonalization and
/// explicit restarts, for Hamiltonians too large to diagonalize densely (up to about 20-24 qubits).</summary>
/// <remarks>
/// Each new Krylov vector is orthogonalized against every kept vector (a second pass when the first removed most of its
/// norm), so no spurious copies of converged eigenvalues appear; memory is <see cref="LanczosOptions.MaxBasisSize"/>
/// vectors, and a full basis restarts from the current Ritz vector. The small tridiagonal eigenproblem is solved with
/// MathNet's symmetric <c>Evd</c> (MathNet has no dedicated tridiagonal solver). Hermitian Hamiltonians with imaginary
/// elements run on their real form [[Re H, −Im H], [Im H, Re H]] acting on (Re ψ, Im ψ) interleaved, which is real symmetric
/// with the same eigenvalues (each doubled), so one real implementation serves both.
/// C. Lanczos (1950); Y. Saad, Numerical Methods for Large Eigenvalue Problems, 2nd ed., ch. 6.
/// </remarks>
public static class LanczosSolver
{
    /// <summary>The lowest eigenpair of the <paramref name="dimension"/>-dimensional operator <paramref name="apply"/>.</summary>
    public static LanczosResult FindLowest(int dimension, RealSymmetricOperator apply, LanczosOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentNullException.ThrowIfNull(apply);
        options ??= new LanczosOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBasisSize, 2, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIterations, 1, nameof(options));

        var random = new Random(options.Seed);
        var start = new double[dimension];
        for (var i = 0; i < dimension; i++) start[i] = random.NextDouble() - 0.5;
        Normalize(start);

        var basis = new List<double[]>();
        var alpha = new List<double>();
        var beta = new List<double>();
        var iterations = 0;
        var restarts = 0;
        var theta = double.NaN;
        var bound = double.PositiveInfinity;
        double[] ritz = start;
        var w = new double[dimension];
        while (true)
        {
            basis.Clear(); alpha.Clear(); beta.Clear();
            basis.Add(ritz);
            var done = false;
            while (!done)
            {
                var j = basis.Count - 1;
                var v = basis[j];
                apply(v, w);
                iterations++;
                var a = Dot(v, w);
                alpha.Add(a);
                Axpy(-a, v, w);
                if (j > 0) Axpy(-beta[j - 1], basis[j - 1], w);
                Reorthogonalize(basis, w);
                var b = Norm(w);
                beta.Add(b);

                var (values, vectors) = Tridiagonal(alpha, beta);
                theta = values[0];
                var residual = Math.Abs(b * vectors[alpha.Count - 1, 0]);
                // With one Ritz value there is no gap estimate yet, so only the residual bounds the error.
                var gap = values.Length > 1 ? values[1] - values[0] : 0;
                bound = gap > 0 ? Math.Min(residual, residual * residual / gap) : residual;
                // An exhausted Krylov space (b ≈ 0) means the Ritz pairs are exact.
                var exhausted = b <= 1e-14 * Math.Max(1, Math.Abs(theta));
                var full = basis.Count >= options.MaxBasisSize || basis.Count >= dimension;
                if (bound <= options.Tolerance || exhausted || iterations >= options.MaxIterations || full)
                {
                    ritz = Combine(basis, vectors, 0);
                    done = true;
                    if (bound <= options.Tolerance || exhausted || iterations >= options.MaxIterations)
                        return Finish(dimension, apply, theta, ritz, iterations, restarts, bound, bound <= options.Tolerance || exhausted);
                }
                else
                {
                    var next = new double[dimension];
                    for (var i = 0; i < dimension; i++) next[i] = w[i] / b;
                    basis.Add(next);
                }
            }
            Normalize(ritz);
            restarts++;
        }
    }

    /// <summary>The ground state of <paramref name="hamiltonian"/> (at most <see cref="PauliSum.MaxStateQubits"/> qubits) by Lanczos
    /// on its bit-mask operator; real arithmetic when the Hamiltonian is real.</summary>
    /// <exception cref="InvalidOperationException">The iteration did not converge within <see cref="LanczosOptions.MaxIterations"/>.</exception>
    public static GroundState Solve(PauliSum hamiltonian, LanczosOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        var op = hamiltonian.Operator;
        LanczosResult result;
        Complex[] state;
        if (op.IsReal)
        {
            result = FindLowest(op.Dimension, op.ApplyReal, options);
            state = result.Eigenvector.Select(a => new Complex(a, 0)).ToArray();
        }
        else
        {
            // (Re, Im) interleaved is exactly the memory layout of Complex[].
            result = FindLowest(2 * op.Dimension, (x, y) => op.Apply(MemoryMarshal.Cast<double, Complex>(x), MemoryMarshal.Cast<double, Complex>(y)), options);
            state = MemoryMarshal.Cast<double, Complex>(result.Eigenvector).ToArray();
        }
        if (!result.Converged)
            throw new InvalidOperationException($"Lanczos did not converge in {result.Iterations} iterations (error bound {result.ErrorBound:G3}, tolerance {(options ?? new LanczosOptions()).Tolerance:G3}).");
        return new GroundState(result.Eigenvalue, state, null, EigensolverMethod.Lanczos, result.Iterations, result.ResidualNorm);
    }

    private static LanczosResult Finish(int dimension, RealSymmetricOperator apply, double theta, double[] x, int iterations, int restarts, double bound, bool converged)
    {
        Normalize(x);
        var ax = new double[dimension];
        apply(x, ax);
        Axpy(-theta, x, ax);
        return new LanczosResult(theta, x, iterations, restarts, Norm(ax), bound, converged);
    }

    private static (double[] Values, Matrix<double> Vectors) Tridiagonal(List<double> alpha, List<double> beta)
    {
        var k = alpha.Count;
        var t = Matrix<double>.Build.Dense(k, k);
        for (var i = 0; i < k; i++)
        {
            t[i, i] = alpha[i];
            if (i + 1 < k) t[i, i + 1] = t[i + 1, i] = beta[i];
        }
        var evd = t.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, k).OrderBy(i => evd.EigenValues[i].Real).ToArray();
        var values = order.Select(i => evd.EigenValues[i].Real).ToArray();
        var vectors = Matrix<double>.Build.Dense(k, k, (r, c) => evd.EigenVectors[r, order[c]]);
        return (values, vectors);
    }

    private static double[] Combine(List<double[]> basis, Matrix<double> vectors, int column)
    {
        var x = new double[basis[0].Length];
        for (var i = 0; i < basis.Count; i++) Axpy(vectors[i, column], basis[i], x);
        return x;
    }

    private static void Reorthogonalize(List<double[]> basis, double[] w)
    {
        // Classical Gram-Schmidt against every kept vector, repeated once when it cancelled most of w ("twice is enough").
        var before = Norm(w);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var v in basis) Axpy(-Dot(v, w), v, w);
            var after = Norm(w);
            if (after > 0.7 * before) break;
            before = after;
        }
    }

    // Dot and Axpy by hand with SIMD: they are the reorthogonalization's whole cost (MathNet's vector types would copy the
    // multi-megabyte Krylov vectors into its own storage first).
    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var va = MemoryMarshal.Cast<double, Simd>(a);
        var vb = MemoryMarshal.Cast<double, Simd>(b);
        var acc = Simd.Zero;
        for (var i = 0; i < va.Length; i++) acc += va[i] * vb[i];
        var sum = System.Numerics.Vector.Sum(acc);
        for (var i = va.Length * Simd.Count; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));

    private static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        var vx = MemoryMarshal.Cast<double, Simd>(x);
        var vy = MemoryMarshal.Cast<double, Simd>(y);
        var va = new Simd(a);
        for (var i = 0; i < vy.Length; i++) vy[i] += va * vx[i];
        for (var i = vy.Length * Simd.Count; i < y.Length; i++) y[i] += a * x[i];
    }

    private static void Normalize(Span<double> x)
    {
        var n = Norm(x);
        for (var i = 0; i < x.Length; i++) x[i] /= n;
    }
}
