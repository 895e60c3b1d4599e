using System.Numerics;
using QuantumML.Hamiltonians;
using QuantumML.Variational;

namespace QuantumML.Vqe;

/// <summary>A Pauli-sum Hamiltonian as a VQE energy: exact ⟨ψ|H|ψ⟩ from a state, or a shot estimate from one
/// measurement basis per qubit-wise commuting group.</summary>
public sealed class PauliObservable : IEnergyObservable
{
    private readonly PauliSum _hamiltonian;
    private readonly IReadOnlyList<MeasurementGroup> _groups;

    /// <summary>Groups <paramref name="hamiltonian"/>'s terms for measurement.</summary>
    public PauliObservable(PauliSum hamiltonian)
    {
        _hamiltonian = hamiltonian;
        _groups = QubitWiseGrouping.Group(hamiltonian);
        MeasurementBases = _groups.Select(g => g.BasisLabel).ToList();
    }

    /// <inheritdoc/>
    public int Qubits => _hamiltonian.QubitCount;

    /// <summary>The measurement groups.</summary>
    public IReadOnlyList<MeasurementGroup> Groups => _groups;

    /// <inheritdoc/>
    public IReadOnlyList<string> MeasurementBases { get; }

    /// <inheritdoc/>
    public double Expectation(ReadOnlySpan<Complex> state) => _hamiltonian.Expectation(state);

    /// <inheritdoc/>
    public void Apply(ReadOnlySpan<Complex> state, Span<Complex> result) => _hamiltonian.Apply(state, result);

    /// <inheritdoc/>
    public double Estimate(IReadOnlyList<int[]> outcomes)
    {
        var energy = 0.0;
        for (var g = 0; g < _groups.Count; g++)
        {
            var group = _groups[g];
            var sums = new double[group.Terms.Count];
            foreach (var outcome in outcomes[g])
            {
                var values = group.TermValues(outcome);
                for (var k = 0; k < sums.Length; k++) sums[k] += values[k];
            }
            for (var k = 0; k < sums.Length; k++) energy += group.Terms[k].Coefficient * sums[k] / outcomes[g].Length;
        }
        return energy;
    }
}
