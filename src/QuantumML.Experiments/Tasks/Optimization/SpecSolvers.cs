using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Experiments.Tasks.Optimization;

/// <summary>The combinatorial solvers a spec names, built with the spec's budget (optimization and graph tasks).</summary>
internal static class SpecSolvers
{
    /// <summary>The solver of a spec entry; <c>sweeps</c> is each read's length in the solver's own unit (sweeps of
    /// the Monte Carlo solvers, annealing steps of population annealing, moves of tabu, time steps of bifurcation).</summary>
    public static ICombinatorialSolver Create(SolverSpec s) => (s.Type, s.Sweeps) switch
    {
        ("simulated-annealing", { } n) => new SimulatedAnnealing(new SimulatedAnnealingOptions { Sweeps = n }),
        ("parallel-tempering", { } n) => new ParallelTempering(new ParallelTemperingOptions { Sweeps = n }),
        ("population-annealing", { } n) => new PopulationAnnealing(new PopulationAnnealingOptions { Steps = n }),
        ("simulated-quantum-annealing", { } n) => new SimulatedQuantumAnnealing(new SimulatedQuantumAnnealingOptions { Sweeps = n }),
        ("tabu", { } n) => new TabuSearch(new TabuSearchOptions { Moves = n }),
        ("simulated-bifurcation", var n) => new SimulatedBifurcation(new SimulatedBifurcationOptions
        {
            Variant = s.Variant == "ballistic" ? BifurcationVariant.Ballistic : BifurcationVariant.Discrete,
            Steps = n ?? 2000,
        }),
        _ => SolverFactory.Create(s.Type switch
        {
            "simulated-annealing" => "sa",
            "parallel-tempering" => "pt",
            "population-annealing" => "pa",
            "simulated-quantum-annealing" => "sqa",
            "goemans-williamson" => "gw",
            "brute-force" => "exact",
            _ => s.Type,
        }),
    };
}
