using System.Numerics;

namespace QuantumML.Variational;

/// <summary>An observable whose expectation a variational algorithm minimizes: exactly from a state vector,
/// or from shots measured in one or more product bases.</summary>
public interface IEnergyObservable
{
    /// <summary>The register size.</summary>
    int Qubits { get; }

    /// <summary>⟨ψ|O|ψ⟩ for a normalized state (qubit 0 the most significant bit of an index).</summary>
    double Expectation(ReadOnlySpan<Complex> state);

    /// <summary>Writes O·<paramref name="state"/> to <paramref name="result"/> (both 2ⁿ amplitudes, not overlapping): what the
    /// adjoint method propagates backwards.</summary>
    void Apply(ReadOnlySpan<Complex> state, Span<Complex> result);

    /// <summary>The product bases to measure in, one Pauli letter ('I', 'X', 'Y' or 'Z') per qubit.</summary>
    IReadOnlyList<string> MeasurementBases { get; }

    /// <summary>The estimate of ⟨O⟩ from shots: <paramref name="outcomes"/>[b] holds basis b's outcome indices.</summary>
    double Estimate(IReadOnlyList<int[]> outcomes);
}
