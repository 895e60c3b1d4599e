namespace QuantumML.Simulation.StateVectors;

/// <summary>A Hermitian observable O as the engine uses it: ⟨ψ|O|ψ⟩, and O|ψ⟩ for the adjoint method.</summary>
public interface IStateObservable
{
    /// <summary>⟨ψ|O|ψ⟩.</summary>
    double Expectation(StateVector psi);

    /// <summary>Writes O|<paramref name="psi"/>⟩ into <paramref name="result"/> (same size, a different state).</summary>
    void Apply(StateVector psi, StateVector result);

    /// <summary>Writes O|ψ⟩ into <paramref name="result"/> and returns ⟨ψ|O|ψ⟩, in one pass where the observable can.</summary>
    double ApplyAndExpect(StateVector psi, StateVector result)
    {
        Apply(psi, result);
        return Tapes.TapeExecutor.Dot(psi, result).Real;
    }
}

/// <summary>Pauli Z on one qubit: the readout of a classifier.</summary>
/// <param name="Qubit">The qubit read.</param>
public sealed record PauliZObservable(int Qubit) : IStateObservable
{
    /// <inheritdoc/>
    public double Expectation(StateVector psi) => psi.ExpectationZ(Qubit);

    /// <inheritdoc/>
    public void Apply(StateVector psi, StateVector result) => ApplyAndExpect(psi, result);

    /// <inheritdoc/>
    public double ApplyAndExpect(StateVector psi, StateVector result)
    {
        var mask = psi.Mask(Qubit);
        var (pr, pi, rr, ri) = (psi.Re, psi.Im, result.Re, result.Im);
        var sum = 0.0;
        for (var i = 0; i < pr.Length; i++)
        {
            var sign = (i & mask) == 0 ? 1.0 : -1.0;
            rr[i] = sign * pr[i];
            ri[i] = sign * pi[i];
            sum += sign * (pr[i] * pr[i] + pi[i] * pi[i]);
        }
        return sum;
    }
}
