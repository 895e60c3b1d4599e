using QuantumML.Preprocessing;

namespace QuantumML.Api;

/// <summary>Feature transforms a <see cref="Classifier"/> fits on its training data and saves in its model file.</summary>
public static class Preprocess
{
    /// <summary>Zero mean, unit variance per feature.</summary>
    public static IFeatureTransform Standardize() => new Standardizer();

    /// <summary>Each feature mapped linearly onto [<paramref name="lower"/>, <paramref name="upper"/>] (rotation angles
    /// for an angle encoding, for example).</summary>
    public static IFeatureTransform Scale(double lower = 0, double upper = 1) => new MinMaxScaler(lower, upper);

    /// <summary>The first <paramref name="components"/> principal components.</summary>
    public static IFeatureTransform Pca(int components) => new Pca(components);
}
