using QuantumML.Preprocessing;

namespace QuantumML.Landscape;

/// <summary>The plane through a trained model's final parameters spanned by the two principal directions of its training
/// trajectory (PCA by MathNet's SVD): the plane in which the optimizer moved most, where a 2-D loss picture is informative.</summary>
/// <param name="Origin">The trajectory's last point (the trained parameters): (0, 0) of the plane.</param>
/// <param name="First">The first principal direction, a unit vector.</param>
/// <param name="Second">The second, a unit vector orthogonal to the first.</param>
/// <param name="ExplainedVarianceRatio">The fraction of the trajectory's variance along each direction.</param>
/// <param name="Path">Each trajectory point's coordinates (α, β) in the plane.</param>
/// <param name="PathResidual">Each point's distance from the plane: how much of the path the picture leaves out.</param>
/// <remarks>H. Li, Z. Xu, G. Taylor, C. Studer, T. Goldstein, "Visualizing the loss landscape of neural nets", NeurIPS 2018,
/// arXiv:1712.09913, section 7.</remarks>
public sealed record TrajectoryPlane(double[] Origin, double[] First, double[] Second, IReadOnlyList<double> ExplainedVarianceRatio,
    IReadOnlyList<(double Alpha, double Beta)> Path, IReadOnlyList<double> PathResidual)
{
    /// <summary>Origin + α·First + β·Second.</summary>
    public double[] PointAt(double alpha, double beta)
    {
        var p = new double[Origin.Length];
        for (var j = 0; j < p.Length; j++) p[j] = Origin[j] + alpha * First[j] + beta * Second[j];
        return p;
    }

    /// <summary>The plane of <paramref name="trajectory"/>: parameter vectors in training order, the last the trained model.</summary>
    /// <exception cref="ArgumentException">Fewer than two points, fewer than two parameters, or points of different lengths.</exception>
    public static TrajectoryPlane Of(IReadOnlyList<double[]> trajectory)
    {
        if (trajectory.Count < 2) throw new ArgumentException($"A trajectory plane needs at least two points; got {trajectory.Count}.", nameof(trajectory));
        var d = trajectory[0].Length;
        if (d < 2) throw new ArgumentException($"A plane needs at least two parameters; the model has {d}.", nameof(trajectory));
        for (var i = 1; i < trajectory.Count; i++)
        {
            if (trajectory[i].Length != d) throw new ArgumentException($"Trajectory point {i} has {trajectory[i].Length} parameters, point 0 has {d}.", nameof(trajectory));
        }
        var origin = (double[])trajectory[^1].Clone();
        // PCA centres on the mean, so its directions are those of the displacements from the final point too.
        var pca = new Pca(2);
        pca.Fit([.. trajectory.Select(t => t.Select((v, j) => v - origin[j]).ToArray())]);
        var first = pca.Directions[0];
        var second = pca.Directions[1];
        var path = new List<(double, double)>();
        var residual = new List<double>();
        foreach (var t in trajectory)
        {
            var delta = t.Select((v, j) => v - origin[j]).ToArray();
            var (a, b) = (Dot(delta, first), Dot(delta, second));
            path.Add((a, b));
            residual.Add(Math.Sqrt(Math.Max(0, Dot(delta, delta) - a * a - b * b)));
        }
        return new TrajectoryPlane(origin, first, second, pca.ExplainedVarianceRatio, path, residual);
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
