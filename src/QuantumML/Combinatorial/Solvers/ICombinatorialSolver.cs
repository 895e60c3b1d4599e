using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>A solver that minimizes the energy of an Ising model: the seam shared by heuristics, baselines and exact search.</summary>
public interface ICombinatorialSolver
{
    /// <summary>The short name the factory knows it by (<c>sa</c>, <c>tabu</c>, …).</summary>
    string Name { get; }

    /// <summary>Searches for a low-energy assignment within the budget of <paramref name="options"/>.</summary>
    /// <param name="model">The problem.</param>
    /// <param name="options">Seed, budget, threads and target.</param>
    /// <param name="cancellationToken">Stops the search; the best assignment found so far is returned.</param>
    SolverResult Solve(IsingModel model, SolverOptions options, CancellationToken cancellationToken = default);
}
