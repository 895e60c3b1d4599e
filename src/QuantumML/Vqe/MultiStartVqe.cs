using QuantumML.Optimization;
using QuantumML.Quantum;
using QuantumML.Variational;

namespace QuantumML.Vqe;

/// <summary>VQE as a careful user runs it: the same optimizer and budget from several starts, keeping the best, and counting
/// the starts that reached a target energy. One start can stall in a local minimum or on a plateau; several show whether
/// the ansatz or the start is to blame.</summary>
public static class MultiStartVqe
{
    /// <summary>Chemical accuracy, 1.6 mHa (1 kcal/mol): the usual tolerance of a quantum chemistry energy.</summary>
    public const double ChemicalAccuracy = 1.6e-3;

    /// <summary>Minimizes ⟨H⟩ from each of <paramref name="starts"/> in turn (each with a fresh optimizer from
    /// <paramref name="optimizer"/>, so each gets the whole per-start budget).</summary>
    /// <param name="evaluator">Runs the circuits; its counters add up over the starts.</param>
    /// <param name="ansatz">The state preparation.</param>
    /// <param name="observable">The Hamiltonian.</param>
    /// <param name="optimizer">Makes one optimizer per start.</param>
    /// <param name="starts">Initial parameter vectors (see <see cref="StartPoints"/>); at least one.</param>
    /// <param name="targetEnergy">The energy aimed at (e.g. exact diagonalization's), or null to count nothing.</param>
    /// <param name="tolerance">How close to the target counts as reaching it; range ≥ 0.</param>
    /// <param name="gradient">How the objective differentiates: the adjoint method by default (exact mode, compiled engine;
    /// it falls back to the parameter-shift rule or finite differences where the QDK runs the ansatz).</param>
    /// <param name="ct">Cancels between and within starts.</param>
    public static async Task<MultiStartResult> RunAsync(CircuitEvaluator evaluator, AnsatzCircuit ansatz, IEnergyObservable observable, Func<IOptimizer> optimizer,
        IReadOnlyList<double[]> starts, double? targetEnergy = null, double tolerance = ChemicalAccuracy, GradientKind gradient = GradientKind.Adjoint, CancellationToken ct = default)
    {
        if (starts.Count == 0) throw new ArgumentException("A multi-start VQE needs at least one start.", nameof(starts));
        if (!(tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be ≥ 0.");
        for (var s = 0; s < starts.Count; s++)
        {
            if (starts[s].Length != ansatz.ParameterCount)
                throw new ArgumentException($"Start {s} has {starts[s].Length} parameters; {ansatz.Expression} on {ansatz.Qubits} qubits takes {ansatz.ParameterCount}.", nameof(starts));
        }
        // One start after another: in the sampling modes the shots then come from the evaluator's stream in a fixed order.
        var outcomes = new List<StartOutcome>();
        for (var s = 0; s < starts.Count; s++)
        {
            var objective = new EnergyObjective(evaluator, ansatz, observable, gradient);
            var result = await VariationalMinimizer.MinimizeAsync(objective, optimizer(), (double[])starts[s].Clone(), ct).ConfigureAwait(false);
            outcomes.Add(new StartOutcome(s, starts[s], result, Reached(result.Energy, targetEnergy, tolerance)));
        }
        var best = 0;
        for (var s = 1; s < outcomes.Count; s++)
        {
            if (outcomes[s].Result.Energy < outcomes[best].Result.Energy) best = s;
        }
        return new MultiStartResult(outcomes, best, targetEnergy, tolerance);
    }

    /// <summary>Whether <paramref name="energy"/> is within <paramref name="tolerance"/> of <paramref name="target"/>.</summary>
    internal static bool Reached(double energy, double? target, double tolerance) => target is { } t && Math.Abs(energy - t) <= tolerance;
}
