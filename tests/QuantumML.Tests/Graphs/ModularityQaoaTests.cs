using QuantumML.Graphs;
using QuantumML.Optimization;
using QuantumML.Qaoa;
using QuantumML.Quantum;
using QuantumML.Variational;

namespace QuantumML.Tests.Graphs;

/// <summary>The modularity cost as the Q# QAOA circuit applies it, read back from the simulator's state, against
/// <see cref="Modularity.Of"/> computed on the graph; and QAOA finding the two communities of a small graph.</summary>
public sealed class ModularityQaoaTests
{
    // Two triangles {0,1,2} and {3,4,5} joined by the edge 2-3, plus a pendant node 6 on node 5.
    private static readonly Graph Small = Graph.Create(7, [new(0, 1, 1), new(0, 2, 1), new(1, 2, 1), new(3, 4, 1), new(3, 5, 1), new(4, 5, 1), new(2, 3, 1), new(5, 6, 1)]);

    private static CircuitEvaluator Exact() => new(TestRuntime.Runtime, TestRuntime.Project, ExecutionMode.Exact, new Random(3));

    [Fact]
    public async Task TheQSharpCostLayerPutsMinusTheModularityOfEveryAssignmentInItsPhase()
    {
        var problem = QaoaProblem.FromIsing(CommunityQubo.Modularity(Small));
        var objective = new EnergyObjective(Exact(), new AnsatzCircuit(problem.CircuitExpression(), 7, 2, false), new DiagonalObservable(problem.Costs()), GradientKind.None);
        // One layer with β = 0: the state is e^{−iγ(C − offset)}|+⟩ⁿ, so the phase of each basis state relative to
        // |0…0⟩ is −γ(C(z) − C(0…0)). |ΔC| ≤ 1.5 keeps γ·ΔC inside (−π, π).
        const double gamma = 1.0;
        var (_, state) = await objective.ExactAsync([gamma, 0.0], CancellationToken.None);
        var q0 = Modularity.Of(Small, CommunityQubo.Lift(problem.Spins(0), null, 7));
        for (var index = 0; index < 1 << 7; index++)
        {
            Assert.Equal(1 / Math.Sqrt(128), state[index].Magnitude, 10);
            var phase = (state[index] / state[0]).Phase;
            var q = Modularity.Of(Small, CommunityQubo.Lift(problem.Spins(index), null, 7));
            Assert.Equal(-(q - q0), -phase / gamma, 9);
        }
    }

    [Fact]
    public async Task QaoaFindsTheTwoCommunitiesOfASmallGraph()
    {
        var problem = QaoaProblem.FromIsing(CommunityQubo.Modularity(Small));
        var results = await new QaoaSolver(Exact(), new Random(1)).SolveAsync(problem, new QaoaOptions(1, new LBfgs(15)));
        var best = results[0].BestSampled;
        var communities = CommunityQubo.Lift(problem.Spins(best.Index), null, 7);
        Assert.Equal([0, 0, 0, 1, 1, 1, 1], Partitions.Canonical(communities));
        Assert.Equal(problem.Costs().Min(), best.Cost, 12);
        Assert.InRange(results[0].ApproximationRatio, 0.3, 1 + 1e-9);
        Assert.True(results[0].OptimalProbability > 2.0 / 128, $"p(optimal) {results[0].OptimalProbability}");
    }
}
