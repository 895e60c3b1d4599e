using System.Numerics;

namespace QuantumML.Variational;

/// <summary>An observable diagonal in the computational basis, given by its value on every basis state:
/// a classical cost function, measured in Z alone.</summary>
/// <param name="values">values[i]: the cost of basis state i (qubit 0 the most significant bit); length 2ⁿ.</param>
public sealed class DiagonalObservable(double[] values) : IEnergyObservable
{
    /// <inheritdoc/>
    public int Qubits { get; } = System.Numerics.BitOperations.Log2((uint)values.Length);

    /// <summary>The cost of each basis state.</summary>
    public IReadOnlyList<double> Values => values;

    /// <inheritdoc/>
    public IReadOnlyList<string> MeasurementBases => [new string('Z', Qubits)];

    /// <inheritdoc/>
    public double Expectation(ReadOnlySpan<Complex> state)
    {
        var sum = 0.0;
        for (var i = 0; i < state.Length; i++) sum += (state[i].Real * state[i].Real + state[i].Imaginary * state[i].Imaginary) * values[i];
        return sum;
    }

    /// <inheritdoc/>
    public void Apply(ReadOnlySpan<Complex> state, Span<Complex> result)
    {
        for (var i = 0; i < state.Length; i++) result[i] = values[i] * state[i];
    }

    /// <inheritdoc/>
    public double Estimate(IReadOnlyList<int[]> outcomes) => outcomes[0].Average(i => values[i]);
}
