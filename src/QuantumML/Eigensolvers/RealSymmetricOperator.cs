namespace QuantumML.Eigensolvers;

/// <summary>A matrix-free real symmetric operator: writes A·<paramref name="input"/> to <paramref name="output"/> (same length, not overlapping).</summary>
public delegate void RealSymmetricOperator(ReadOnlySpan<double> input, Span<double> output);
