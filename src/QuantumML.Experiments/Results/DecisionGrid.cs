namespace QuantumML.Experiments.Results;

/// <summary>A model's predicted class over a square grid of a 2-D feature space, with the test points, for a
/// decision-region plot. Cell (i, j) is x = XMin + (j + ½)·(XMax − XMin)/Size, y = YMin + (i + ½)·(YMax − YMin)/Size.</summary>
/// <param name="XMin">Left edge.</param>
/// <param name="XMax">Right edge.</param>
/// <param name="YMin">Bottom edge.</param>
/// <param name="YMax">Top edge.</param>
/// <param name="Size">Cells per side.</param>
/// <param name="Classes">Predicted class per cell, row-major from the bottom row (i) and left column (j).</param>
/// <param name="TestX">Test points' first feature.</param>
/// <param name="TestY">Test points' second feature.</param>
public sealed record DecisionGrid(double XMin, double XMax, double YMin, double YMax, int Size, int[] Classes, double[] TestX, double[] TestY)
{
    /// <summary>The grid's cell centres, row-major from the bottom-left.</summary>
    public static double[][] Centres(double xMin, double xMax, double yMin, double yMax, int size)
    {
        var points = new double[size * size][];
        for (var i = 0; i < size; i++)
            for (var j = 0; j < size; j++)
                points[i * size + j] = [xMin + (j + 0.5) * (xMax - xMin) / size, yMin + (i + 0.5) * (yMax - yMin) / size];
        return points;
    }
}
