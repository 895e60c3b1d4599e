using QuantumML.Simulation.StateVectors;

namespace QuantumML.Landscape;

/// <summary>A <see cref="CostKind"/> as an observable of the compiled engine: both costs are diagonal in the computational
/// basis, the global one 0 on |0…0⟩ and 1 elsewhere, the local one the fraction of qubits in |1⟩.</summary>
public sealed class CostObservable : IStateObservable
{
    private readonly double[] _values;

    private CostObservable(CostKind kind, double[] values)
    {
        Kind = kind;
        _values = values;
    }

    /// <summary>The cost.</summary>
    public CostKind Kind { get; }

    /// <summary>The cost of <paramref name="kind"/> on <paramref name="qubits"/> qubits; range 1 to 30.</summary>
    public static CostObservable For(CostKind kind, int qubits)
    {
        if (qubits is < 1 or > StateVector.MaxQubits) throw new ArgumentOutOfRangeException(nameof(qubits), qubits, $"A cost is defined on 1 to {StateVector.MaxQubits} qubits.");
        var values = new double[1 << qubits];
        for (var i = 1; i < values.Length; i++)
            values[i] = kind == CostKind.Global ? 1 : (double)System.Numerics.BitOperations.PopCount((uint)i) / qubits;
        return new CostObservable(kind, values);
    }

    /// <summary>The cost of basis state <paramref name="index"/> (qubit 0 the most significant bit).</summary>
    public double ValueOf(int index) => _values[index];

    /// <inheritdoc/>
    public double Expectation(StateVector psi)
    {
        CheckSize(psi);
        var sum = 0.0;
        for (var i = 0; i < _values.Length; i++) sum += (psi.Re[i] * psi.Re[i] + psi.Im[i] * psi.Im[i]) * _values[i];
        return sum;
    }

    /// <inheritdoc/>
    public void Apply(StateVector psi, StateVector result)
    {
        CheckSize(psi);
        for (var i = 0; i < _values.Length; i++)
        {
            result.Re[i] = _values[i] * psi.Re[i];
            result.Im[i] = _values[i] * psi.Im[i];
        }
    }

    private void CheckSize(StateVector psi)
    {
        if (psi.Length != _values.Length)
            throw new ArgumentException($"A {Kind} cost of {_values.Length} amplitudes cannot measure a state of {psi.Length}.", nameof(psi));
    }
}
