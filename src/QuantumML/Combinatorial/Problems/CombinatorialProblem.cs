using QuantumML.Graphs;

namespace QuantumML.Combinatorial.Problems;

/// <summary>A problem instance as loaded or built: its Ising form, which every solver takes, and the original form
/// (graph or QUBO) in whose terms results are reported.</summary>
/// <param name="Name">A short name (the file name without extension, or given).</param>
/// <param name="Kind">How the problem is stated.</param>
/// <param name="Ising">The Ising model; its energy equals the objective (QUBO, Ising) or minus the cut (MaxCut) exactly.</param>
/// <param name="Graph">The graph, for MaxCut.</param>
/// <param name="Qubo">The QUBO, for QUBO problems.</param>
public sealed record CombinatorialProblem(string Name, ProblemKind Kind, IsingModel Ising, MaxCutGraph? Graph = null, QuboModel? Qubo = null)
{
    /// <summary>Whether the objective is maximized (a cut) rather than minimized (an energy or a QUBO value).</summary>
    public bool Maximize => Kind == ProblemKind.MaxCut;

    /// <summary>The number of variables (spins, bits or vertices).</summary>
    public int VariableCount => Ising.SpinCount;

    /// <summary>A MaxCut problem.</summary>
    public static CombinatorialProblem FromGraph(string name, MaxCutGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new(name, ProblemKind.MaxCut, graph.ToIsing(), Graph: graph);
    }

    /// <summary>An Ising problem.</summary>
    public static CombinatorialProblem FromIsing(string name, IsingModel model) => new(name, ProblemKind.Ising, model);

    /// <summary>A QUBO problem.</summary>
    public static CombinatorialProblem FromQubo(string name, QuboModel qubo)
    {
        ArgumentNullException.ThrowIfNull(qubo);
        return new(name, ProblemKind.Qubo, qubo.ToIsing(), Qubo: qubo);
    }

    /// <summary>The objective of an assignment: the cut for MaxCut, otherwise the energy (= the QUBO value).</summary>
    public double Value(ReadOnlySpan<sbyte> spins) => Graph?.Cut(spins) ?? Ising.Energy(spins);

    /// <summary>The objective of an assignment whose Ising energy is <paramref name="energy"/>.</summary>
    public double ValueOfEnergy(double energy) => Maximize ? MaxCutGraph.CutFromEnergy(energy) : energy;

    /// <summary>The Ising energy of an assignment whose objective is <paramref name="value"/> (to set a solver's target).</summary>
    public double EnergyOfValue(double value) => Maximize ? -value : value;
}
