using QuantumML.Combinatorial.Exact;
using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Tests.Combinatorial;

public sealed class SolverTests
{
    public static TheoryData<string> Heuristics => new() { "sa", "pt", "pa", "tabu", "sqa", "bsb", "dsb", "greedy", "gw" };

    private static readonly SolverOptions s_options = new() { Reads = 8, Threads = 2, Seed = 11 };

    private static readonly Dictionary<(string, int), double> s_optima = [];

    // Shorter reads than the defaults (which are sized for the G-set): 20 variables need little.
    private static ICombinatorialSolver Light(string name) => name switch
    {
        "sa" => new SimulatedAnnealing(new() { Sweeps = 300 }),
        "pt" => new ParallelTempering(new() { Replicas = 8, Sweeps = 300 }),
        "pa" => new PopulationAnnealing(new() { Population = 32, Steps = 30, SweepsPerStep = 2 }),
        "tabu" => new TabuSearch(new() { Moves = 2000 }),
        "sqa" => new SimulatedQuantumAnnealing(new() { Slices = 8, Sweeps = 300 }),
        "bsb" => new SimulatedBifurcation(new() { Steps = 4000, CheckEvery = 1 }),
        "dsb" => new SimulatedBifurcation(new() { Steps = 1000, Variant = BifurcationVariant.Discrete }),
        _ => SolverCatalogue.FromAlias(name) is var (entry, variant) ? entry.Create!(new SolverBudget(Variant: variant)) : throw new ArgumentException(name),
    };

    private static double Optimum(string family, int seed, IsingModel model)
    {
        lock (s_optima)
        {
            if (!s_optima.TryGetValue((family, seed), out var e)) s_optima[(family, seed)] = e = BruteForce.Minimize(model, 2).Energy;
            return e;
        }
    }

    // Three families on 20 variables: real couplings and fields (exp acceptance), a ±J glass with integer fields
    // (table acceptance), and MaxCut on a 3-regular graph.
    private static IsingModel Instance(string family, int seed) => family switch
    {
        "real" => RandomInstances.Ising(20, seed, density: 0.3),
        "pm-j" => RandomInstances.IntegerIsing(20, seed),
        _ => GraphGenerators.RandomRegular(20, 3, (ulong)seed).ToIsing(),
    };

    // Goemans-Williamson is an approximation with a guarantee for MaxCut only; its optimality is tested on MaxCut alone.
    [Theory]
    [InlineData("sa", "real,pm-j,maxcut")]
    [InlineData("pt", "real,pm-j,maxcut")]
    [InlineData("pa", "real,pm-j,maxcut")]
    [InlineData("tabu", "real,pm-j,maxcut")]
    [InlineData("sqa", "real,pm-j,maxcut")]
    [InlineData("bsb", "real,pm-j,maxcut")]
    [InlineData("dsb", "real,pm-j,maxcut")]
    [InlineData("greedy", "real,pm-j,maxcut")]
    [InlineData("gw", "maxcut")]
    public void FindsTheExactOptimumForMostSeeds(string solver, string families)
    {
        foreach (var family in families.Split(','))
        {
            var hits = 0;
            for (var seed = 1; seed <= 5; seed++)
            {
                var model = Instance(family, seed);
                var optimum = Optimum(family, seed, model);
                // bSB trajectories mostly fall into one basin on these small glasses (1-6% reach the optimum): more reads.
                var result = Light(solver).Solve(model, s_options with { Reads = solver == "bsb" ? 64 : 8, TargetEnergy = optimum });
                Assert.Equal(model.Energy(result.Spins), result.Energy, 9);
                Assert.True(result.Energy >= optimum - 1e-9, $"{solver} beat the exact optimum on {family} {seed}");
                if (result.Energy <= optimum + 1e-9) hits++;
            }
            Assert.True(hits >= 4, $"{solver} found the optimum of {hits}/5 {family} instances");
        }
    }

    [Theory]
    [MemberData(nameof(Heuristics))]
    public void SameSeedSameAnswerOnAnyThreadCount(string solver)
    {
        var model = RandomInstances.IntegerIsing(30, 4);
        var one = Light(solver).Solve(model, s_options with { Threads = 1, Reads = 4 });
        var two = Light(solver).Solve(model, s_options with { Threads = 2, Reads = 4 });
        Assert.Equal(one.Energy, two.Energy);
        Assert.Equal(4, one.Reads);
        Assert.True(one.Work > 0);
    }

    [Fact]
    public void StopsAtTheTargetAndRecordsTheTrace()
    {
        var model = GraphGenerators.RandomRegular(60, 3, 5).ToIsing();
        var target = new TabuSearch().Solve(model, new SolverOptions { Reads = 4 }).Energy;
        var result = new SimulatedAnnealing().Solve(model, new SolverOptions { TargetEnergy = target + 4, TimeLimit = TimeSpan.FromSeconds(30) });
        Assert.Equal(StopReason.TargetReached, result.Reason);
        Assert.True(result.Energy <= target + 4);
        Assert.NotEmpty(result.Trace);
        Assert.Equal(result.Energy, result.Trace[^1].Energy);
        Assert.True(result.Trace.Zip(result.Trace.Skip(1)).All(p => p.Second.Energy < p.First.Energy && p.Second.Seconds >= p.First.Seconds));
        Assert.Equal(result.Trace.First(p => p.Energy <= target + 4).Seconds, result.SecondsToReach(target + 4));
    }

    [Fact]
    public void ATimeLimitEndsTheSearchAndCancellationToo()
    {
        var model = GraphGenerators.RandomRegular(200, 3, 1).ToIsing();
        var timed = new ParallelTempering().Solve(model, new SolverOptions { TimeLimit = TimeSpan.FromMilliseconds(200) });
        Assert.Equal(StopReason.TimeLimit, timed.Reason);
        Assert.InRange(timed.WallSeconds, 0.1, 5);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var none = new SimulatedAnnealing().Solve(model, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(30) }, cancelled.Token);
        Assert.Equal(StopReason.Cancelled, none.Reason);
        Assert.Equal(model.Energy(none.Spins), none.Energy, 9);
    }

    [Fact]
    public void EveryShortNameOfTheCatalogueBuildsTheSolverOfThatNameAndOthersAreRefused()
    {
        Assert.Equal(["sa", "pt", "pa", "tabu", "sqa", "dsb", "bsb", "greedy", "gw", "exact"], SolverCatalogue.Aliases);
        foreach (var alias in SolverCatalogue.Aliases)
        {
            var (entry, variant) = SolverCatalogue.FromAlias(alias)!.Value;
            Assert.Equal(alias, entry.Create!(new SolverBudget(Variant: variant)).Name);
        }
        Assert.Null(SolverCatalogue.FromAlias("annealing"));
        var e = Assert.Throws<ArgumentException>(() => SolverCatalogue.Catalogue["annealing"]);
        Assert.Contains("known: simulated-annealing, parallel-tempering", e.Message, StringComparison.Ordinal);
    }
}
