namespace QuantumML.Simulation.StateVectors;

/// <summary>A Hermitian observable O as the engine uses it: ⟨ψ|O|ψ⟩, and O|ψ⟩ for the adjoint method.</summary>
public interface IStateObservable
{
    /// <summary>⟨ψ|O|ψ⟩.</summary>
    double Expectation(StateVector psi);

    /// <summary>Writes O|<paramref name="psi"/>⟩ into <paramref name="result"/> (same size, a different state).</summary>
    void Apply(StateVector psi, StateVector result);
}

/// <summary>Pauli Z on one qubit: the readout of a classifier.</summary>
/// <param name="Qubit">The qubit read.</param>
public sealed record PauliZObservable(int Qubit) : IStateObservable
{
    /// <inheritdoc/>
    public double Expectation(StateVector psi) => psi.ExpectationZ(Qubit);

    /// <inheritdoc/>
    public void Apply(StateVector psi, StateVector result)
    {
        var mask = psi.Mask(Qubit);
        for (var i = 0; i < psi.Length; i++)
        {
            var sign = (i & mask) == 0 ? 1.0 : -1.0;
            result.Re[i] = sign * psi.Re[i];
            result.Im[i] = sign * psi.Im[i];
        }
    }
}
