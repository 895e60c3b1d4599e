using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;
using QuantumML.Data;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Tasks.Optimization;
using QuantumML.Graphs;
using QuantumML.Metrics;
using QuantumML.Models;
using QuantumML.QSharp;
using QuantumML.Qaoa;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Graph;

// Inside this namespace the name Graph would mean the namespace itself.
using Graph = QuantumML.Graphs.Graph;

/// <summary>Runs a graph spec: every method on every graph for every seed, scored against the graph's known classes
/// (ARI, NMI, misassigned nodes) and by modularity.</summary>
/// <param name="spec">The experiment.</param>
/// <param name="runtime">The Q# runtime, for QAOA.</param>
/// <param name="project">The Q# project, for QAOA.</param>
/// <param name="parallelism">How many jobs run at once.</param>
public sealed class GraphRunner(GraphSpec spec, QSharpRuntime runtime, QSharpProject project, int parallelism)
    : JobGridRunner(spec, runtime.QdkVersion, parallelism)
{
    /// <summary>The largest problem QAOA simulates, in qubits (one per node or super-node).</summary>
    public const int MaxQaoaQubits = OptimizationRunner.MaxQaoaQubits;

    /// <summary>The largest problem exhaustive search takes, and below which solvers' jobs also record the exact optimum.</summary>
    public const int MaxExactVariables = 20;

    private readonly Dictionary<string, Graph> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Graph, int Seed), Graph> _generated = new();

    /// <inheritdoc/>
    public override string Describe(RunRecord record)
    {
        var m = record.Metrics;
        var parts = new List<string>();
        if (m.TryGetValue(GraphMetrics.Ari, out var ari)) parts.Add(string.Create(CultureInfo.InvariantCulture, $"ARI {ari:0.000}"));
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"modularity {m[GraphMetrics.Modularity]:0.000}"));
        if (m.TryGetValue(MetricNames.TestAccuracy, out var accuracy)) parts.Add(string.Create(CultureInfo.InvariantCulture, $"test accuracy {accuracy:0.000}"));
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{m[MetricNames.FitSeconds]:0.00} s"));
        return string.Join(", ", parts);
    }

    /// <inheritdoc/>
    protected override Task PrepareAsync(CancellationToken ct)
    {
        foreach (var g in spec.Graphs.Where(g => g.EdgesPath is not null))
        {
            try
            {
                _files[g.Name] = GraphCsv.Load(g.EdgesPath!, g.LabelsPath);
            }
            catch (DataFormatException e)
            {
                throw new SpecException($"{g.SpecPath}: {e.Message}");
            }
            catch (IOException e)
            {
                throw new SpecException($"{g.SpecPath}: {e.Message}");
            }
        }
        foreach (var (g, method, _) in spec.Jobs)
        {
            var nodes = g.GeneratedNodes ?? _files[g.Name].NodeCount;
            if (nodes > SpecLimits.MaxGraphNodes)
                throw new SpecException($"{g.SpecPath}: graph '{g.Name}' has {nodes} nodes; at most {SpecLimits.MaxGraphNodes} (spectral clustering and modularity keep dense n × n matrices)");
            Check(method, g, nodes, g.EdgesPath is null ? g.BlockSizes!.Length : _files[g.Name].ClassCount);
        }
        return Task.CompletedTask;
    }

    // What the spec loader cannot know: sizes of graphs read from files.
    private static void Check(GraphMethodSpec method, GraphInstanceSpec g, int nodes, int classes)
    {
        var on = $"on graph '{g.Name}' ({nodes} nodes)";
        switch (method.Type)
        {
            case "spectral" when (method.Communities ?? Math.Max(2, classes)) > nodes:
                throw new SpecException($"{method.SpecPath}.communities: {method.Communities} communities {on}");
            case "gcn" when method.LabelledNodes?.FirstOrDefault(n => n >= nodes, -1) is >= 0 and var bad:
                throw new SpecException($"{method.SpecPath}.labelled_nodes: node {bad} does not exist {on}");
            case "gcn" when method.LabelledNodes is null && method.LabelledPerClass * classes >= nodes:
                throw new SpecException($"{method.SpecPath}.labelled_per_class: {method.LabelledPerClass} per class leaves no node to test {on}");
            case "spectral" or "gcn":
                return;
        }
        var variables = Math.Min(nodes, method.CoarsenTo ?? nodes);
        if (method.Solver is { IsQuantum: true } && variables > MaxQaoaQubits)
            throw new SpecException($"{method.SpecPath}: QAOA needs one qubit per node and simulates at most {MaxQaoaQubits}; {on} give \"coarsen_to\": {MaxQaoaQubits} or less");
        if (method.Solver?.Entry.Exhaustive == true && variables > MaxExactVariables)
            throw new SpecException($"{method.SpecPath}: {method.Type} takes at most {MaxExactVariables} variables; {on} give \"coarsen_to\": {MaxExactVariables} or less");
    }

    /// <summary>The graph of a job: the file's, or this seed's draw of the block model.</summary>
    private Graph GraphOf(GraphInstanceSpec g, int seed) => g.EdgesPath is not null
        ? _files[g.Name]
        : _generated.GetOrAdd((g.Name, seed), _ => StochasticBlockModel.Generate(g.BlockSizes!, g.PIn, g.POut, (ulong)g.GraphSeed * 1_000_003UL + (ulong)seed));

    /// <inheritdoc/>
    protected override async Task<RunRecord> RunJobAsync(int job, int seed, CancellationToken ct)
    {
        var (instance, method, name) = spec.Jobs[job];
        var graph = GraphOf(instance, seed);
        var metrics = new Dictionary<string, double>
        {
            [GraphMetrics.Nodes] = graph.NodeCount,
            [GraphMetrics.Edges] = graph.Edges.Count,
        };
        if (instance.Ratio is { } ratio) metrics[GraphMetrics.Ratio] = ratio;
        if (instance.MeanDegree is { } degree) metrics[GraphMetrics.MeanDegree] = degree;
        var clock = Stopwatch.StartNew();
        IReadOnlyList<EpochRecord> epochs = [];
        int[] labelled = [];
        CircuitRecord? circuit = null;
        IReadOnlyList<EngineRecord>? engines = null;
        int[] communities;
        switch (method)
        {
            case { Solver.IsQuantum: true }:
                (communities, circuit, engines) = await QaoaAsync(graph, method, seed, seed == spec.Seeds[0] ? name : null, metrics, ct).ConfigureAwait(false);
                break;
            case { Solver: not null }:
                communities = await Task.Run(() => Solve(graph, method, seed, metrics, ct), ct).ConfigureAwait(false);
                break;
            case { Gcn: not null }:
                (communities, labelled, epochs) = await Task.Run(() => Gcn(graph, method, seed, metrics), ct).ConfigureAwait(false);
                break;
            default:
                communities = await Task.Run(() => Spectral(graph, method, seed, metrics), ct).ConfigureAwait(false);
                break;
        }
        if (!metrics.ContainsKey(MetricNames.FitSeconds)) metrics[MetricNames.FitSeconds] = clock.Elapsed.TotalSeconds;
        Score(graph, communities, metrics);
        return new RunRecord(name, method.Solver is { IsQuantum: true } ? "quantum" : "classical", seed, metrics, epochs, [], [])
        {
            Group = method.Name,
            Instance = instance.Name,
            Circuit = circuit,
            Engines = engines,
            Communities = new CommunityRecord(communities, labelled, seed == spec.Seeds[0] ? GraphRecord.From(graph) : null),
        };
    }

    private static void Score(Graph graph, int[] communities, Dictionary<string, double> metrics)
    {
        metrics[GraphMetrics.Modularity] = Modularity.Of(graph, communities);
        metrics[GraphMetrics.CommunityCount] = communities.Distinct().Count();
        if (graph.Labels is not { } labels) return;
        metrics[GraphMetrics.Ari] = ClusteringMetrics.AdjustedRandIndex(labels, communities);
        metrics[GraphMetrics.Nmi] = ClusteringMetrics.NormalizedMutualInformation(labels, communities);
        if (graph.ClassCount <= 8 && communities.Distinct().Count() <= 8) metrics[GraphMetrics.Misassigned] = ClusteringMetrics.Misassigned(labels, communities);
    }

    private static int[] Spectral(Graph graph, GraphMethodSpec method, int seed, Dictionary<string, double> metrics)
    {
        var k = method.Communities ?? Math.Max(2, graph.ClassCount);
        var result = SpectralClustering.Cluster(graph, k, new Random(seed), method.Restarts);
        metrics[GraphMetrics.EigenGap] = result.EigenGap;
        for (var i = 0; i < Math.Min(10, result.Eigenvalues.Length); i++)
            metrics[GraphMetrics.EigenvaluePrefix + i.ToString(CultureInfo.InvariantCulture)] = result.Eigenvalues[i];
        return result.Assignments;
    }

    private static (int[] Predictions, int[] Labelled, IReadOnlyList<EpochRecord> Epochs) Gcn(Graph graph, GraphMethodSpec method, int seed, Dictionary<string, double> metrics)
    {
        var labels = graph.Labels!;
        var random = new Random(seed);
        // Each seed draws its own labelled nodes (unless the spec fixes them): which few nodes are known matters as much as the weights.
        var train = method.LabelledNodes ?? [.. Enumerable.Range(0, graph.ClassCount)
            .SelectMany(c => Enumerable.Range(0, graph.NodeCount).Where(i => labels[i] == c).OrderBy(_ => random.Next()).Take(method.LabelledPerClass))
            .Order()];
        var test = Enumerable.Range(0, graph.NodeCount).Except(train).ToArray();
        var gcn = new GraphConvolutionalNetwork(graph, Math.Max(2, graph.ClassCount), method.Gcn!);
        gcn.Initialize(random);
        var epochs = gcn.Fit(train, [.. train.Select(i => labels[i])], random, test, [.. test.Select(i => labels[i])]);
        var predictions = gcn.Predict();
        metrics[MetricNames.TrainAccuracy] = epochs[^1].TrainAccuracy;
        metrics[MetricNames.TestAccuracy] = epochs[^1].TestAccuracy;
        return (predictions, train, epochs);
    }

    /// <summary>The Ising problem of a solver method, and the node groups its spins stand for (null: one spin per node).</summary>
    private static (IsingModel Ising, int[]? Groups) Problem(Graph graph, GraphMethodSpec method, Dictionary<string, double> metrics)
    {
        var groups = method.CoarsenTo is { } target && target < graph.NodeCount ? GraphCoarsening.Coarsen(graph, target) : null;
        var ising = method.Objective == "modularity"
            ? CommunityQubo.Modularity(graph, groups)
            : CommunityQubo.BalancedMinCut(graph, method.Penalty ?? CommunityQubo.DefaultPenalty(graph), groups);
        metrics[OptimizationMetrics.Variables] = ising.SpinCount;
        if (method.Objective == "modularity" && ising.SpinCount <= MaxExactVariables)
        {
            var optimum = SolverCatalogue.Exhaustive().Solve(ising, new SolverOptions { Threads = 1 });
            metrics[GraphMetrics.OptimumModularity] = -optimum.Energy;
        }
        return (ising, groups);
    }

    private static int[] Solve(Graph graph, GraphMethodSpec method, int seed, Dictionary<string, double> metrics, CancellationToken ct)
    {
        var (ising, groups) = Problem(graph, method, metrics);
        var solver = method.Solver!;
        var options = new SolverOptions
        {
            Seed = (ulong)seed,
            TimeLimit = solver.Seconds is { } s ? TimeSpan.FromSeconds(s) : null,
            Threads = solver.Threads,
        };
        var result = solver.Create().Solve(ising, options, ct);
        metrics[OptimizationMetrics.Energy] = result.Energy;
        metrics[MetricNames.FitSeconds] = result.WallSeconds;
        var communities = CommunityQubo.Lift(result.Spins, groups, graph.NodeCount);
        if (method.Objective == "balanced-min-cut") RecordCut(graph, communities, metrics);
        return communities;
    }

    private async Task<(int[] Communities, CircuitRecord? Circuit, IReadOnlyList<EngineRecord>? Engines)> QaoaAsync(Graph graph, GraphMethodSpec method, int seed, string? traceTitle, Dictionary<string, double> metrics, CancellationToken ct)
    {
        var (ising, groups) = Problem(graph, method, metrics);
        var problem = QaoaProblem.FromIsing(ising);
        var costs = problem.Costs();
        metrics[GraphMetrics.UniformOptimalProbability] = costs.Count(c => c <= costs.Min() + 1e-9) / (double)costs.Length;
        var (results, engines) = await QaoaJob.RunAsync(runtime, project, problem, method.Solver!.Qaoa!, seed, metrics, ct).ConfigureAwait(false);
        var best = results.MinBy(r => r.BestSampled.Cost)!.BestSampled;
        metrics[OptimizationMetrics.Energy] = best.Cost;
        var communities = CommunityQubo.Lift(problem.Spins(best.Index), groups, graph.NodeCount);
        if (method.Objective == "balanced-min-cut") RecordCut(graph, communities, metrics);
        var circuit = traceTitle is null
            ? null
            : await CircuitCapture.TraceAsync(runtime, project, QaoaJob.Circuit(problem, results[^1]), problem.Qubits, $"{traceTitle}, deepest optimized QAOA", ct).ConfigureAwait(false);
        return (communities, circuit, engines);
    }

    private static void RecordCut(Graph graph, int[] communities, Dictionary<string, double> metrics)
    {
        metrics[GraphMetrics.Cut] = graph.Edges.Where(e => communities[e.U] != communities[e.V]).Sum(e => e.Weight);
        metrics[GraphMetrics.Imbalance] = Math.Abs(communities.Sum(c => c == 0 ? 1 : -1));
    }
}
