namespace QuantumML.Baselines;

/// <summary>
/// Sequential minimal optimisation (Platt 1998) for the C-SVM dual, written by hand because MathNet has no QP solver:
/// min ½αᵀQα − Σα subject to 0 ≤ α ≤ C and yᵀα = 0, with Qᵢⱼ = yᵢyⱼKᵢⱼ. The working pair is chosen by the
/// second-order rule of Fan, Chen and Lin (JMLR 6, 2005), as in LIBSVM, which converges to the tolerance on any
/// positive semi-definite kernel; the update and the bias follow LIBSVM's Solver.
/// </summary>
internal static class SmoSolver
{
    private const double Tau = 1e-12;

    public static BinarySvm Solve(double[,] kernel, int[] y, double c, double tolerance, long maxIterations, CancellationToken cancellationToken)
    {
        var n = y.Length;
        var alpha = new double[n];
        var gradient = Enumerable.Repeat(-1.0, n).ToArray();   // ∇ = Qα − 1 at α = 0
        var diagonal = Enumerable.Range(0, n).Select(i => kernel[i, i]).ToArray();
        var limit = maxIterations > 0 ? maxIterations : Math.Max(10_000_000L, 100L * n);
        long iterations = 0;
        var converged = false;
        while (iterations < limit)
        {
            if ((iterations & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (!SelectPair(kernel, y, alpha, gradient, diagonal, c, tolerance, out var i, out var j))
            {
                converged = true;
                break;
            }
            iterations++;
            var (oldI, oldJ) = (alpha[i], alpha[j]);
            var kij = kernel[i, j];
            if (y[i] != y[j])
            {
                var quad = Math.Max(diagonal[i] + diagonal[j] - 2 * kij, Tau);
                var delta = (-gradient[i] - gradient[j]) / quad;
                var diff = alpha[i] - alpha[j];
                alpha[i] += delta;
                alpha[j] += delta;
                if (diff > 0) { if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = diff; } }
                else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = -diff; }
                if (diff > 0) { if (alpha[i] > c) { alpha[i] = c; alpha[j] = c - diff; } }
                else if (alpha[j] > c) { alpha[j] = c; alpha[i] = c + diff; }
            }
            else
            {
                var quad = Math.Max(diagonal[i] + diagonal[j] - 2 * kij, Tau);
                var delta = (gradient[i] - gradient[j]) / quad;
                var sum = alpha[i] + alpha[j];
                alpha[i] -= delta;
                alpha[j] += delta;
                if (sum > c) { if (alpha[i] > c) { alpha[i] = c; alpha[j] = sum - c; } }
                else if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = sum; }
                if (sum > c) { if (alpha[j] > c) { alpha[j] = c; alpha[i] = sum - c; } }
                else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = sum; }
            }
            var (deltaI, deltaJ) = (alpha[i] - oldI, alpha[j] - oldJ);
            for (var t = 0; t < n; t++)
                gradient[t] += y[t] * (y[i] * kernel[t, i] * deltaI + y[j] * kernel[t, j] * deltaJ);
        }
        var coefficients = alpha.Select((a, t) => a * y[t]).ToArray();
        return new BinarySvm(coefficients, -Rho(y, alpha, gradient, c), iterations, converged);
    }

    // WSS 2: i maximises −yᵢ∇ᵢ over I_up; j, among I_low with a positive gradient gap, maximises the second-order
    // decrease of the objective. Returns false when the KKT violation m(α) − M(α) is below the tolerance.
    private static bool SelectPair(double[,] kernel, int[] y, double[] alpha, double[] gradient, double[] diagonal, double c, double tolerance, out int i, out int j)
    {
        var n = y.Length;
        var gMax = double.NegativeInfinity;
        i = -1;
        for (var t = 0; t < n; t++)
        {
            if (!InUp(y[t], alpha[t], c)) continue;
            var value = -y[t] * gradient[t];
            if (value >= gMax) { gMax = value; i = t; }
        }
        j = -1;
        var gMin = double.PositiveInfinity;
        var bestDecrease = double.PositiveInfinity;
        for (var t = 0; t < n; t++)
        {
            if (!InLow(y[t], alpha[t], c)) continue;
            var value = -y[t] * gradient[t];
            gMin = Math.Min(gMin, value);
            var gap = gMax - value;
            if (i < 0 || gap <= 0) continue;
            var quad = Math.Max(diagonal[i] + diagonal[t] - 2 * kernel[i, t], Tau);
            var decrease = -gap * gap / quad;
            if (decrease <= bestDecrease) { bestDecrease = decrease; j = t; }
        }
        return i >= 0 && j >= 0 && gMax - gMin >= tolerance;
    }

    private static bool InUp(int y, double alpha, double c) => y > 0 ? alpha < c : alpha > 0;

    private static bool InLow(int y, double alpha, double c) => y > 0 ? alpha > 0 : alpha < c;

    // ρ from the free support vectors (0 < α < C), where yᵢ∇ᵢ = ρ exactly at the optimum; without any, the
    // midpoint of the feasible interval.
    private static double Rho(int[] y, double[] alpha, double[] gradient, double c)
    {
        double upper = double.PositiveInfinity, lower = double.NegativeInfinity, sumFree = 0;
        var free = 0;
        for (var t = 0; t < y.Length; t++)
        {
            var yg = y[t] * gradient[t];
            if (alpha[t] >= c)
            {
                if (y[t] < 0) upper = Math.Min(upper, yg); else lower = Math.Max(lower, yg);
            }
            else if (alpha[t] <= 0)
            {
                if (y[t] > 0) upper = Math.Min(upper, yg); else lower = Math.Max(lower, yg);
            }
            else
            {
                free++;
                sumFree += yg;
            }
        }
        return free > 0 ? sumFree / free : (upper + lower) / 2;
    }
}
