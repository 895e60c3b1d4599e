using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>One point of a solver's trace: the best energy so far, from the moment it was found.</summary>
/// <param name="Seconds">Wall-clock seconds since the solve started.</param>
/// <param name="Energy">The best energy at that moment.</param>
public readonly record struct TracePoint(double Seconds, double Energy);

/// <summary>What a solver's work is counted in.</summary>
public enum WorkUnit
{
    /// <summary>Single-spin Metropolis attempts (Monte Carlo solvers), accepted or not.</summary>
    SpinFlipAttempts,

    /// <summary>Iterations of the solver's own main step (a tabu move, a bifurcation time step of one trajectory, an
    /// L-BFGS iteration, a greedy construction plus descent, a state of the enumeration).</summary>
    Iterations,
}

/// <summary>Why a solver stopped.</summary>
public enum StopReason
{
    /// <summary>It ran all its reads.</summary>
    Completed,

    /// <summary>It reached the target energy.</summary>
    TargetReached,

    /// <summary>The time limit passed.</summary>
    TimeLimit,

    /// <summary>The caller cancelled.</summary>
    Cancelled,
}

/// <summary>The outcome of a solve.</summary>
/// <param name="Solver">The solver's name.</param>
/// <param name="Spins">The best assignment found.</param>
/// <param name="Energy">Its energy.</param>
/// <param name="Trace">(time, best energy) each time the best improved, in time order.</param>
/// <param name="Work">Work done, in <paramref name="WorkUnit"/>.</param>
/// <param name="WorkUnit">What <paramref name="Work"/> counts.</param>
/// <param name="WallSeconds">Wall-clock time of the whole solve.</param>
/// <param name="Threads">Worker threads used.</param>
/// <param name="Reason">Why it stopped.</param>
public sealed record SolverResult(
    string Solver,
    sbyte[] Spins,
    double Energy,
    IReadOnlyList<TracePoint> Trace,
    long Work,
    WorkUnit WorkUnit,
    double WallSeconds,
    int Threads,
    StopReason Reason)
{
    /// <summary>Reads completed (restarts, trajectories, populations); 0 for solvers without reads.</summary>
    public int Reads { get; init; }

    /// <summary>The time-to-solution estimate over the completed reads, for solvers of many short reads; else null.</summary>
    public TimeToSolution? TimeToSolution { get; init; }

    /// <summary>A proven lower bound on the energy (the SDP bound of Goemans-Williamson, the optimum of exact search), or null.</summary>
    public double? EnergyLowerBound { get; init; }

    /// <summary>The cut of <see cref="Spins"/>, when the result has been read as a MaxCut one (<see cref="ForMaxCut"/>).</summary>
    public double? Cut { get; init; }

    /// <summary>Work per second per thread: the solver's raw speed.</summary>
    public double WorkPerSecondPerThread => WallSeconds > 0 ? Work / WallSeconds / Threads : 0;

    /// <summary>The first time the best energy was at most <paramref name="energy"/>, or null if it never was.</summary>
    public double? SecondsToReach(double energy)
    {
        foreach (var point in Trace)
        {
            if (point.Energy <= energy + EnergyTolerance.Of(energy)) return point.Seconds;
        }
        return null;
    }

    /// <summary>This result with <see cref="Cut"/> set from <paramref name="graph"/>.</summary>
    public SolverResult ForMaxCut(MaxCutGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return this with { Cut = graph.Cut(Spins) };
    }
}
