using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Combinatorial.Exact;

/// <summary><see cref="BruteForce"/> behind the solver interface ("exact"): proves the optimum of small models.</summary>
/// <remarks>Ignores reads, time limit and target (a partial enumeration proves nothing); honours cancellation.</remarks>
public sealed class ExactSolver : ICombinatorialSolver
{
    /// <inheritdoc/>
    public string Name => "exact";

    /// <inheritdoc/>
    public SolverResult Solve(IsingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var exact = BruteForce.Minimize(model, options.Threads, cancellationToken);
        return new SolverResult(Name, exact.Spins, exact.Energy, [new TracePoint(exact.WallSeconds, exact.Energy)], exact.States,
            WorkUnit.Iterations, exact.WallSeconds, options.Threads, StopReason.Completed)
        {
            EnergyLowerBound = exact.Energy,
        };
    }
}
