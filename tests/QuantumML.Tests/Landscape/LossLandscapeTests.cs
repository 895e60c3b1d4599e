using QuantumML.Landscape;
using QuantumML.Models;

namespace QuantumML.Tests.Landscape;

/// <summary>The trajectory plane and loss grid against a trajectory built in a known plane.</summary>
public sealed class LossLandscapeTests
{
    private static readonly double[] U = Normalized([1, 2, 0, -1]);
    private static readonly double[] V = Normalized([2, -1, 1, 0]); // orthogonal to U

    private static double[] Normalized(double[] v) => [.. v.Select(x => x / Math.Sqrt(v.Sum(y => y * y)))];

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    /// <summary>A spiral into θ* that moves far along U and less along V.</summary>
    private static (double[][] Trajectory, double[] End, (double A, double B)[] Coordinates) Spiral()
    {
        double[] end = [0.3, -0.2, 1.0, 0.5];
        var coordinates = Enumerable.Range(0, 30).Select(t => (A: 3 * Math.Exp(-0.1 * t) * Math.Cos(0.4 * t), B: Math.Exp(-0.1 * t) * Math.Sin(0.4 * t))).ToList();
        coordinates.Add((0, 0));
        var trajectory = coordinates.Select(c => end.Select((e, j) => e + c.A * U[j] + c.B * V[j]).ToArray()).ToArray();
        return (trajectory, end, [.. coordinates]);
    }

    [Fact]
    public void ThePlaneOfATrajectoryInAPlaneIsThatPlaneWithItsPrincipalAxes()
    {
        var (trajectory, end, coordinates) = Spiral();
        var plane = TrajectoryPlane.Of(trajectory);
        Assert.Equal(end, plane.Origin);
        // Both directions lie in span(U, V) and are orthonormal.
        foreach (var d in new[] { plane.First, plane.Second })
        {
            Assert.Equal(1, Math.Pow(Dot(d, U), 2) + Math.Pow(Dot(d, V), 2), 9);
            Assert.Equal(1, Dot(d, d), 12);
        }
        Assert.Equal(0, Dot(plane.First, plane.Second), 12);
        // The first is the top eigenvector of the 2 × 2 covariance of the (A, B) coordinates, solved here in closed form.
        var (ma, mb) = (coordinates.Average(c => c.A), coordinates.Average(c => c.B));
        var saa = coordinates.Sum(c => (c.A - ma) * (c.A - ma));
        var sbb = coordinates.Sum(c => (c.B - mb) * (c.B - mb));
        var sab = coordinates.Sum(c => (c.A - ma) * (c.B - mb));
        var top = (saa + sbb) / 2 + Math.Sqrt(Math.Pow((saa - sbb) / 2, 2) + sab * sab);
        var (ea, eb) = (sab, top - saa);
        var norm = Math.Sqrt(ea * ea + eb * eb);
        Assert.Equal(1, Math.Abs(Dot(plane.First, U) * ea / norm + Dot(plane.First, V) * eb / norm), 9);
        Assert.Equal(top / (saa + sbb), plane.ExplainedVarianceRatio[0], 9);
        Assert.Equal(1, plane.ExplainedVarianceRatio.Sum(), 9);
        // Coordinates keep distances from the trained point, and nothing lies off the plane.
        for (var i = 0; i < coordinates.Length; i++)
        {
            Assert.Equal(Math.Sqrt(coordinates[i].A * coordinates[i].A + coordinates[i].B * coordinates[i].B), Math.Sqrt(plane.Path[i].Alpha * plane.Path[i].Alpha + plane.Path[i].Beta * plane.Path[i].Beta), 9);
            Assert.Equal(0, plane.PathResidual[i], 6);
        }
        Assert.Equal((0.0, 0.0), plane.Path[^1]);
    }

    [Fact]
    public async Task TheGridHoldsTheLossAtEachPointAndCoversThePath()
    {
        var (trajectory, _, _) = Spiral();
        var plane = TrajectoryPlane.Of(trajectory);
        static double Loss(double[] t) => t.Sum(v => v * v) + Math.Sin(3 * t[0]);
        var calls = 0;
        var landscape = await LossLandscape.ComputeAsync(plane, (points, _) =>
        {
            calls++;
            return Task.FromResult(points.Select(Loss).ToArray());
        }, resolution: 9, margin: 0.1);
        Assert.Equal(1, calls);
        Assert.Equal(9, landscape.Alphas.Length);
        Assert.Equal(9, landscape.Loss.Length);
        for (var b = 0; b < 9; b++)
            for (var a = 0; a < 9; a++) Assert.Equal(Loss(plane.PointAt(landscape.Alphas[a], landscape.Betas[b])), landscape.Loss[b][a], 12);
        Assert.True(landscape.Alphas[0] < plane.Path.Min(p => p.Alpha) && landscape.Alphas[^1] > plane.Path.Max(p => p.Alpha));
        Assert.True(landscape.Betas[0] < plane.Path.Min(p => p.Beta) && landscape.Betas[^1] > plane.Path.Max(p => p.Beta));
    }

    [Fact]
    public void TrajectoriesWithoutAPlaneAreRefused()
    {
        Assert.Throws<ArgumentException>(() => TrajectoryPlane.Of([[1.0, 2.0]]));
        Assert.Throws<ArgumentException>(() => TrajectoryPlane.Of([[1.0], [2.0]]));
        Assert.Throws<ArgumentException>(() => TrajectoryPlane.Of([[1.0, 2.0], [2.0]]));
    }
}
