namespace QuantumML.Combinatorial.Problems;

/// <summary>How a problem was stated, which fixes what its objective value means.</summary>
public enum ProblemKind
{
    /// <summary>A weighted graph; the objective is the cut, maximized.</summary>
    MaxCut,

    /// <summary>An Ising model; the objective is the energy, minimized.</summary>
    Ising,

    /// <summary>A QUBO; the objective is Q(x), minimized.</summary>
    Qubo,
}
