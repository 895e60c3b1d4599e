namespace QuantumML.Experiments.Tasks.Optimization;

/// <summary>The metric keys of optimization runs (beside <see cref="Results.MetricNames"/>'s cost keys).</summary>
public static class OptimizationMetrics
{
    /// <summary>The objective of the best assignment: the cut for MaxCut (maximized), the energy otherwise (minimized).</summary>
    public const string Value = "value";
    /// <summary>The Ising energy of the best assignment.</summary>
    public const string Energy = "energy";
    /// <summary>The reference objective (best known, or exact), when there is one.</summary>
    public const string Reference = "reference";
    /// <summary>1 when the reference is a proven optimum (exhaustive search), 0 when it is a best-known value.</summary>
    public const string ReferenceIsExact = "reference_is_exact";
    /// <summary>Gap to the reference in percent of |reference| (0 when reached; negative if the reference was beaten).</summary>
    public const string GapPercent = "gap_percent";
    /// <summary>Seconds until the reference was first reached (absent when it was not).</summary>
    public const string SecondsToReference = "seconds_to_reference";
    /// <summary>Time to solution at 99% confidence over the solver's reads (absent when undefined).</summary>
    public const string TimeToSolution99 = "tts99_seconds";
    /// <summary>The fraction of reads that reached the reference.</summary>
    public const string SuccessProbability = "success_probability";
    /// <summary>Spin-flip attempts (Monte Carlo) or iterations per second per thread.</summary>
    public const string WorkPerSecondPerThread = "work_per_second_per_thread";
    /// <summary>Reads (restarts, replicas' runs) completed.</summary>
    public const string Reads = "reads";
    /// <summary>Wall time of the solve.</summary>
    public const string WallSeconds = "wall_seconds";
    /// <summary>A proven upper bound on the objective for maximization (lower bound for minimization), e.g. the SDP bound.</summary>
    public const string Bound = "bound";
    /// <summary>Prefix of QAOA's per-depth approximation ratios, e.g. <c>qaoa_ratio_p2</c>.</summary>
    public const string QaoaRatioPrefix = "qaoa_ratio_p";
    /// <summary>Prefix of QAOA's per-depth probability of sampling an optimum.</summary>
    public const string QaoaOptimalProbabilityPrefix = "qaoa_p_optimal_p";
    /// <summary>1 when the value is maximized (MaxCut), 0 when minimized (Ising energy).</summary>
    public const string Maximize = "maximize";
    /// <summary>Variables (spins, qubits) of the instance.</summary>
    public const string Variables = "variables";
}
