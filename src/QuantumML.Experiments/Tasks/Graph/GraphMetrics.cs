using QuantumML.Graphs;

namespace QuantumML.Experiments.Tasks.Graph;

/// <summary>The metric keys of graph runs (beside <see cref="Results.MetricNames"/> and, for solvers and QAOA, <see cref="Optimization.OptimizationMetrics"/>).</summary>
public static class GraphMetrics
{
    /// <summary>Adjusted Rand index of the communities against the known classes.</summary>
    public const string Ari = "ari";
    /// <summary>Normalized mutual information of the communities and the known classes.</summary>
    public const string Nmi = "nmi";
    /// <summary>Nodes in a community other than their class's, under the best matching of communities to classes.</summary>
    public const string Misassigned = "misassigned";
    /// <summary>Newman's modularity of the communities on the whole graph.</summary>
    public const string Modularity = "modularity";
    /// <summary>The number of communities found.</summary>
    public const string CommunityCount = "communities";
    /// <summary>Nodes of the graph.</summary>
    public const string Nodes = "nodes";
    /// <summary>Edges of the graph (this seed's draw, for a generated one).</summary>
    public const string Edges = "edges";
    /// <summary>p_in / p_out of a generated graph swept over that ratio.</summary>
    public const string Ratio = "ratio";
    /// <summary>The expected mean degree a generated graph was drawn for.</summary>
    public const string MeanDegree = "mean_degree";
    /// <summary>Spectral clustering: λ_k − λ_{k−1} of the normalized Laplacian.</summary>
    public const string EigenGap = "eigen_gap";
    /// <summary>Prefix of the normalized Laplacian's smallest eigenvalues, <c>eigenvalue_0</c> … <c>eigenvalue_9</c>.</summary>
    public const string EigenvaluePrefix = "eigenvalue_";
    /// <summary>Solvers: the modularity of the best two-community split of the (coarsened) problem, by exhaustive search.</summary>
    public const string OptimumModularity = "optimum_modularity";
    /// <summary>QAOA: the probability that a uniformly random assignment is optimal (optimal assignments / 2ⁿ), the baseline
    /// for QAOA's probability of measuring one.</summary>
    public const string UniformOptimalProbability = "uniform_p_optimal";
    /// <summary>Solvers on balanced-min-cut: the weight of the cut edges.</summary>
    public const string Cut = "cut";
    /// <summary>Solvers on balanced-min-cut: |size of one side − size of the other|.</summary>
    public const string Imbalance = "imbalance";
}
