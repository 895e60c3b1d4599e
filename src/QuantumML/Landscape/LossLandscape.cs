using QuantumML.Models;

namespace QuantumML.Landscape;

/// <summary>A trained model's loss on a grid of the <see cref="TrajectoryPlane"/> of its training trajectory.</summary>
/// <param name="Plane">The plane.</param>
/// <param name="Alphas">Grid coordinates along the first direction, ascending.</param>
/// <param name="Betas">Grid coordinates along the second direction, ascending.</param>
/// <param name="Loss">Loss[b][a] at Origin + Alphas[a]·First + Betas[b]·Second.</param>
public sealed record LossLandscape(TrajectoryPlane Plane, double[] Alphas, double[] Betas, double[][] Loss)
{
    /// <summary>The loss on a <paramref name="resolution"/> × <paramref name="resolution"/> grid that covers the trajectory's
    /// projection with a margin of <paramref name="margin"/> times its extent on each side.</summary>
    /// <param name="plane">The plane of the trajectory.</param>
    /// <param name="loss">The caller's loss: one value per parameter vector, all of a batch evaluated at once (so a quantum
    /// model can run them as one batch of circuits).</param>
    /// <param name="resolution">Grid points per axis; range ≥ 2.</param>
    /// <param name="margin">Extra extent beyond the path on each side, as a fraction of its extent; range ≥ 0.</param>
    /// <param name="ct">Cancels the evaluation.</param>
    public static async Task<LossLandscape> ComputeAsync(TrajectoryPlane plane, Func<double[][], CancellationToken, Task<double[]>> loss, int resolution = 25, double margin = 0.25, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resolution, 2);
        if (!(margin >= 0 && double.IsFinite(margin))) throw new ArgumentOutOfRangeException(nameof(margin), margin, "The margin must be finite and ≥ 0.");
        var alphas = Axis(plane.Path.Select(p => p.Alpha), resolution, margin);
        var betas = Axis(plane.Path.Select(p => p.Beta), resolution, margin);
        var points = new double[resolution * resolution][];
        for (var b = 0; b < resolution; b++)
            for (var a = 0; a < resolution; a++) points[b * resolution + a] = plane.PointAt(alphas[a], betas[b]);
        var values = await loss(points, ct).ConfigureAwait(false);
        if (values.Length != points.Length) throw new InvalidOperationException($"The loss gave {values.Length} values for {points.Length} points.");
        var grid = new double[resolution][];
        for (var b = 0; b < resolution; b++) grid[b] = values[(b * resolution)..((b + 1) * resolution)];
        return new LossLandscape(plane, alphas, betas, grid);
    }

    /// <summary>Equally spaced coordinates covering the path's range and 0 (the trained point), widened by the margin; a path
    /// with no extent along an axis gets [−1, 1].</summary>
    private static double[] Axis(IEnumerable<double> coordinates, int resolution, double margin)
    {
        var values = coordinates.Append(0).ToArray();
        var (lo, hi) = (values.Min(), values.Max());
        var extent = hi - lo;
        if (extent <= 1e-12 * Math.Max(1, Math.Abs(hi))) (lo, hi, extent) = (-1, 1, 2);
        lo -= margin * extent;
        hi += margin * extent;
        return [.. Enumerable.Range(0, resolution).Select(i => lo + (hi - lo) * i / (resolution - 1))];
    }
}
