using QuantumML.Combinatorial.Problems;
using QuantumML.Graphs;

namespace QuantumML.Tests.Combinatorial;

/// <summary>Small random problems for property tests, from System.Random with fixed seeds.</summary>
internal static class RandomInstances
{
    /// <summary>An Ising model on n spins with real fields, a random share of real couplings, and an offset.</summary>
    public static IsingModel Ising(int n, int seed, double density = 0.5, bool fields = true)
    {
        var random = new Random(seed);
        var couplings = new List<Coupling>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (random.NextDouble() < density) couplings.Add(new Coupling(i, j, Math.Round(random.NextDouble() * 4 - 2, 3)));
            }
        }
        var h = fields ? Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 2 - 1, 3)).ToArray() : null;
        return IsingModel.Create(n, couplings, h, random.NextDouble());
    }

    /// <summary>A ±J spin glass with integer fields (energies on a lattice, as the table-driven solvers prefer).</summary>
    public static IsingModel IntegerIsing(int n, int seed, double density = 0.4)
    {
        var random = new Random(seed);
        var couplings = new List<Coupling>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (random.NextDouble() < density) couplings.Add(new Coupling(i, j, random.Next(2) == 0 ? -1 : 1));
            }
        }
        return IsingModel.Create(n, couplings, Enumerable.Range(0, n).Select(_ => (double)random.Next(-1, 2)).ToArray());
    }

    /// <summary>A graph on n vertices with weights in [-1, 3] (some negative), each pair an edge with probability 1/2.</summary>
    public static MaxCutGraph Graph(int n, int seed)
    {
        var random = new Random(seed);
        var edges = new List<WeightedEdge>();
        for (var u = 0; u < n; u++)
        {
            for (var v = u + 1; v < n; v++)
            {
                if (random.NextDouble() < 0.5) edges.Add(new WeightedEdge(u, v, Math.Round(random.NextDouble() * 4 - 1, 2)));
            }
        }
        return MaxCutGraph.Create(n, edges);
    }

    /// <summary>A QUBO on n bits with real coefficients, including repeated and diagonal terms.</summary>
    public static QuboModel Qubo(int n, int seed)
    {
        var random = new Random(seed);
        var terms = Enumerable.Range(0, 2 * n).Select(_ => new Coupling(random.Next(n), random.Next(n), Math.Round(random.NextDouble() * 6 - 3, 2)));
        return QuboModel.Create(n, terms, Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray(), random.NextDouble());
    }

    /// <summary>Every assignment of n spins, in index order (variable 0 most significant).</summary>
    public static IEnumerable<sbyte[]> AllAssignments(int n)
    {
        for (var index = 0L; index < 1L << n; index++) yield return Spins.FromIndex(index, n);
    }
}
