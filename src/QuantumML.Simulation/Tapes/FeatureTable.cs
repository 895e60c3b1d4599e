using System.Collections.Concurrent;

namespace QuantumML.Simulation.Tapes;

/// <summary>The feature part of every angle for each feature vector a tabulated tape has been compiled for.</summary>
/// <remarks>Keyed by the vector's exact bits: the same row of a data set, met again in the next epoch, is not compiled again.</remarks>
public sealed class FeatureTable
{
    private readonly ConcurrentDictionary<FeatureKey, FeatureRow> _rows = new();

    /// <summary>How many feature vectors are tabulated.</summary>
    public int Count => _rows.Count;

    /// <summary>The row of vector <paramref name="x"/>, or null when it has not been compiled.</summary>
    public FeatureRow? Find(double[] x) => _rows.TryGetValue(new FeatureKey(x), out var row) ? row : null;

    /// <summary>Stores the row of <paramref name="x"/>.</summary>
    public void Add(double[] x, FeatureRow row) => _rows[new FeatureKey((double[])x.Clone())] = row;

    private readonly struct FeatureKey(double[] values) : IEquatable<FeatureKey>
    {
        private readonly double[] _values = values;

        public bool Equals(FeatureKey other) => _values.AsSpan().SequenceEqual(other._values);

        public override bool Equals(object? obj) => obj is FeatureKey k && Equals(k);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var v in _values) hash.Add(BitConverter.DoubleToInt64Bits(v));
            return hash.ToHashCode();
        }
    }
}

/// <summary>One feature vector's compiled angles.</summary>
/// <param name="Parts">The feature part of each angle (the angle minus c + Σ aⱼθⱼ).</param>
/// <param name="Gates">The vector's own gate sequence, for a circuit without parameters whose gates change with the features
/// (an amplitude encoding drops rotations whose angle is zero); null when it is the tape's.</param>
public sealed record FeatureRow(double[] Parts, TapeGate[]? Gates = null)
{
    /// <summary>The schedule of the vector's own gates.</summary>
    public TapeOp[]? Schedule { get; init; }
}
