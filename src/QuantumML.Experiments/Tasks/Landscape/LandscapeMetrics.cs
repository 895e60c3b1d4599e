using QuantumML.Landscape;

namespace QuantumML.Experiments.Tasks.Landscape;

/// <summary>The metric keys of landscape runs (beside <see cref="Results.MetricNames"/>'s cost keys).</summary>
public static class LandscapeMetrics
{
    /// <summary>Register size.</summary>
    public const string Qubits = "qubits";
    /// <summary>Layer count.</summary>
    public const string Layers = "layers";
    /// <summary>Parameter count.</summary>
    public const string Parameters = "parameters";
    /// <summary>Random parameter vectors of a gradient job.</summary>
    public const string Draws = "draws";
    /// <summary>Random parameter pairs of an expressibility job.</summary>
    public const string Pairs = "pairs";
    /// <summary>D_KL of the pair-fidelity histogram from the Haar distribution.</summary>
    public const string Expressibility = "expressibility";
    /// <summary>The mean Meyer-Wallach Q over the sampled states.</summary>
    public const string EntanglingCapability = "entangling_capability";
    /// <summary>Its standard error.</summary>
    public const string EntanglingStandardError = "entangling_se";
    /// <summary>The mean pair fidelity.</summary>
    public const string MeanFidelity = "mean_fidelity";
    /// <summary>E[F²] over its Haar value.</summary>
    public const string FramePotentialRatio = "frame_potential_ratio";

    /// <summary>Gradient steps of a trajectory job.</summary>
    public const string Steps = "steps";
    /// <summary>The cost at the random start.</summary>
    public const string InitialCost = "initial_cost";
    /// <summary>The cost after the last step.</summary>
    public const string FinalCost = "final_cost";
    /// <summary>The fraction of the path's variance in the plane of its two principal directions.</summary>
    public const string ExplainedVariance = "explained_variance";
    /// <summary>The largest distance of a path point from that plane.</summary>
    public const string PathResidual = "path_residual";

    /// <summary>The mean over parameters of Var[∂C/∂θₖ] for <paramref name="cost"/>.</summary>
    public static string Variance(CostKind cost) => $"{Key(cost)}_variance";

    /// <summary>Var[∂C/∂θ₀] for <paramref name="cost"/>.</summary>
    public static string FirstVariance(CostKind cost) => $"{Key(cost)}_first_variance";

    /// <summary>The standard error of Var[∂C/∂θ₀].</summary>
    public static string FirstVarianceStandardError(CostKind cost) => $"{Key(cost)}_first_variance_se";

    /// <summary>The mean cost over the draws.</summary>
    public static string MeanCost(CostKind cost) => $"{Key(cost)}_mean_cost";

    /// <summary>The metrics every gradient job records.</summary>
    public static IReadOnlyList<string> GradientKeys { get; } =
    [
        Qubits, Layers, Parameters, Draws,
        .. Enum.GetValues<CostKind>().SelectMany(c => new[] { Variance(c), FirstVariance(c), FirstVarianceStandardError(c), MeanCost(c) }),
        Results.MetricNames.FitSeconds, Results.MetricNames.CircuitEvaluations,
    ];

    /// <summary>The metrics every expressibility job records.</summary>
    public static IReadOnlyList<string> ExpressibilityKeys { get; } =
    [
        Qubits, Layers, Parameters, Pairs, Expressibility, EntanglingCapability, EntanglingStandardError, MeanFidelity, FramePotentialRatio,
        Results.MetricNames.FitSeconds, Results.MetricNames.CircuitEvaluations,
    ];

    /// <summary>The metrics every trajectory job records.</summary>
    public static IReadOnlyList<string> TrajectoryKeys { get; } =
    [
        Qubits, Layers, Parameters, Steps, InitialCost, FinalCost, ExplainedVariance, PathResidual,
        Results.MetricNames.FitSeconds, Results.MetricNames.CircuitEvaluations,
    ];

    /// <summary>The cost's name in metric keys and tables.</summary>
    public static string Key(CostKind cost) => cost == CostKind.Global ? "global" : "local";
}
