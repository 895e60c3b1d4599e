using MathNet.Numerics.Distributions;

namespace QuantumML.Data;

/// <summary>Seeded two-dimensional and bit-vector toy datasets; every random draw comes from the <see cref="Random"/> passed in.</summary>
public static class SyntheticData
{
    /// <summary>Two interleaving half circles (scikit-learn's make_moons): n/2 on the upper moon (class 0), the rest on the lower one (class 1), plus Gaussian noise of standard deviation <paramref name="noise"/>.</summary>
    public static Dataset Moons(int n, double noise, Random rng)
    {
        Validate(n, 2, rng);
        var outer = n / 2;
        var inner = n - outer;
        var features = new double[n][];
        var labels = new int[n];
        for (var i = 0; i < outer; i++)
        {
            var t = outer == 1 ? 0 : Math.PI * i / (outer - 1);
            features[i] = [Math.Cos(t), Math.Sin(t)];
        }
        for (var i = 0; i < inner; i++)
        {
            var t = inner == 1 ? 0 : Math.PI * i / (inner - 1);
            features[outer + i] = [1 - Math.Cos(t), 0.5 - Math.Sin(t)];
            labels[outer + i] = 1;
        }
        AddNoise(features, noise, rng);
        return Shuffled(new Dataset("moons", features, labels, ["upper", "lower"], ["x0", "x1"]), rng);
    }

    /// <summary>A large circle (class 0) around a smaller one of relative radius <paramref name="factor"/> (class 1), like scikit-learn's make_circles.</summary>
    public static Dataset Circles(int n, double noise, double factor, Random rng)
    {
        Validate(n, 2, rng);
        if (factor is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(factor), factor, "The inner circle's relative radius must lie in (0, 1).");
        var outer = n / 2;
        var inner = n - outer;
        var features = new double[n][];
        var labels = new int[n];
        for (var i = 0; i < outer; i++)
        {
            var t = 2 * Math.PI * i / outer;
            features[i] = [Math.Cos(t), Math.Sin(t)];
        }
        for (var i = 0; i < inner; i++)
        {
            var t = 2 * Math.PI * i / inner;
            features[outer + i] = [factor * Math.Cos(t), factor * Math.Sin(t)];
            labels[outer + i] = 1;
        }
        AddNoise(features, noise, rng);
        return Shuffled(new Dataset("circles", features, labels, ["outer", "inner"], ["x0", "x1"]), rng);
    }

    /// <summary>Points in [-1, 1]^2 labelled by sign(x0)·sign(x1): class 0 for -1, class 1 for +1; n/2 of each (rounded up for class 0), noise added after labelling.</summary>
    public static Dataset Xor(int n, double noise, Random rng)
    {
        Validate(n, 2, rng);
        var features = new double[n][];
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            // Drawing the quadrant for a chosen class keeps the classes exactly balanced.
            labels[i] = i % 2;
            var s0 = rng.Next(2) == 0 ? -1.0 : 1.0;
            var s1 = labels[i] == 1 ? s0 : -s0;
            features[i] = [s0 * (1 - rng.NextDouble()), s1 * (1 - rng.NextDouble())];
        }
        AddNoise(features, noise, rng);
        return Shuffled(new Dataset("xor", features, labels, ["-1", "+1"], ["x0", "x1"]), rng);
    }

    /// <summary>Uniformly random 0/1 vectors of length <paramref name="bits"/> labelled by their parity (class 1 for an odd number of ones); the classes are exactly balanced up to one sample.</summary>
    public static Dataset Parity(int n, int bits, Random rng)
    {
        Validate(n, 1, rng);
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        var features = new double[n][];
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = i % 2;
            var row = new double[bits];
            var ones = 0;
            for (var b = 0; b < bits - 1; b++)
            {
                row[b] = rng.Next(2);
                ones += (int)row[b];
            }
            // The last bit fixes the parity, so each class is uniform over its bit vectors.
            row[bits - 1] = (ones + labels[i]) % 2;
            features[i] = row;
        }
        var names = Enumerable.Range(0, bits).Select(b => $"b{b}").ToArray();
        return Shuffled(new Dataset($"parity{bits}", features, labels, ["even", "odd"], names), rng);
    }

    /// <summary>Isotropic Gaussian blobs of standard deviation <paramref name="spread"/> around centres drawn uniformly from [-10, 10]^features (scikit-learn's make_blobs); n/classes samples per class, the remainder going to the first classes.</summary>
    public static Dataset Blobs(int n, int classes, int features, double spread, Random rng)
    {
        Validate(n, classes, rng);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(features, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(spread);
        var centres = new double[classes][];
        for (var c = 0; c < classes; c++)
            centres[c] = Enumerable.Range(0, features).Select(_ => -10 + 20 * rng.NextDouble()).ToArray();
        var rows = new double[n][];
        var labels = new int[n];
        var index = 0;
        for (var c = 0; c < classes; c++)
        {
            var count = n / classes + (c < n % classes ? 1 : 0);
            for (var k = 0; k < count; k++, index++)
            {
                labels[index] = c;
                rows[index] = centres[c].Select(m => spread == 0 ? m : Normal.Sample(rng, m, spread)).ToArray();
            }
        }
        var classNames = Enumerable.Range(0, classes).Select(c => $"blob{c}").ToArray();
        var featureNames = Enumerable.Range(0, features).Select(f => $"x{f}").ToArray();
        return Shuffled(new Dataset("blobs", rows, labels, classNames, featureNames), rng);
    }

    /// <summary>The 2-qubit "ad hoc" dataset of Havlicek et al. (Nature 567, 209, 2019); see <see cref="AdHocData"/> for the construction.</summary>
    public static Dataset AdHoc(int nPerClass, double gap, Random rng) => AdHocData.Generate(nPerClass, gap, rng);

    private static void Validate(int n, int minimum, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, minimum);
    }

    private static void AddNoise(double[][] features, double noise, Random rng)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(noise);
        if (noise == 0) return;
        foreach (var row in features)
            for (var j = 0; j < row.Length; j++)
                row[j] += Normal.Sample(rng, 0, noise);
    }

    // Generators build samples class by class; shuffling keeps that order out of the data so that
    // taking a prefix (or training in order) does not see one class first.
    internal static Dataset Shuffled(Dataset d, Random rng)
    {
        var order = Enumerable.Range(0, d.Count).ToArray();
        rng.Shuffle(order);
        return d.Subset(order);
    }
}
