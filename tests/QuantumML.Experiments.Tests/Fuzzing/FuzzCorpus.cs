using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Experiments.Tests.Running;
using QuantumML.Graphs;

namespace QuantumML.Experiments.Tests.Fuzzing;

/// <summary>The valid inputs the fuzzer starts from: every shipped spec and a few that use the fields they do not,
/// the model files and run files of a small real run (classical and quantum models, with preprocessing), and CSV,
/// edge-list and problem files.</summary>
public sealed class FuzzCorpus : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qml-fuzz-corpus-").FullName;

    /// <summary>Spec texts of every task.</summary>
    public IReadOnlyList<string> Specs { get; private set; } = [];

    /// <summary>Model files, one per model kind the run trains.</summary>
    public IReadOnlyList<string> Models { get; private set; } = [];

    /// <summary>Run files of that run, each with its file name.</summary>
    public IReadOnlyList<(string Name, string Text)> Runs { get; private set; } = [];

    /// <summary>The spec of that run, which the run files are checked against.</summary>
    public ITaskSpec RunSpec { get; private set; } = null!;

    /// <summary>Dataset CSV texts.</summary>
    public IReadOnlyList<string> Csv { get; private set; } = [];

    /// <summary>Edge-list and node CSV texts of the graph task.</summary>
    public IReadOnlyList<string> GraphCsv { get; private set; } = [];

    /// <summary>Problem files of the optimization task (G-set, edge list, JSON terms).</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>A model factory for reading models' fields (nothing it builds runs Q#).</summary>
    public ModelFactory Factory { get; } = new(TestQuantum.Runtime, TestQuantum.Project);

    private const string TrainedSpec = """
        {
          "name": "fuzz-corpus",
          "dataset": { "source": "blobs", "samples": 24, "classes": 3, "features": 3 },
          "preprocessing": { "standardize": true, "pca": 2, "scale": [-1.5, 1.5] },
          "seeds": [1],
          "models": [
            { "name": "vqc", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "qubits": 3, "epochs": 1, "batch_size": 20 },
            { "name": "qsvc", "type": "qsvc", "encoding": "Encodings.ApplyAngleEncoding", "qubits": 2 },
            { "name": "lr", "type": "logistic-regression" },
            { "name": "lr-adam", "type": "logistic-regression", "optimizer": "adam", "epochs": 3, "schedule": { "kind": "step", "step_size": 1 } },
            { "name": "svm", "type": "svm", "kernel": "poly", "degree": 2 },
            { "name": "svm-rbf", "type": "svm" },
            { "name": "mlp", "type": "mlp", "hidden": [4, 3], "epochs": 3, "schedule": { "kind": "cosine", "min": 0.001 } },
            { "name": "knn", "type": "knn", "k": 3 }
          ]
        }
        """;

    private static readonly string[] ExtraSpecs =
    [
        """
        { "name": "private", "dataset": { "source": "csv", "path": "data/iris.csv" }, "fairness": { "sensitive": "petal_width_cm", "positive_class": "versicolor", "keep_as_feature": true },
          "energy": { "watts_per_core": 10, "pue": 1.4, "grid_intensity": 300, "rapl": false }, "seeds": [1],
          "models": [
            { "name": "lr", "type": "logistic-regression", "optimizer": "sgd", "dp_sgd": { "clip": 0.5, "noise_multiplier": 1.3, "delta": 1e-4 } },
            { "name": "fed", "type": "logistic-regression", "optimizer": "adam",
              "federated": { "clients": 20, "rounds": 5, "privacy": { "clip": 0.1, "target_epsilon": [2, 4], "sampling_rate": 0.3, "delta": 1e-3, "weighting": "samples", "non_private_run": false } } }
          ] }
        """,
        """
        { "name": "grid", "dataset": { "source": "csv", "path": "data/iris.csv" }, "split": { "test_fraction": 0.25 }, "seeds": [1, 2],
          "preprocessing": { "standardize": false, "scale": [0, 1] },
          "models": [
            { "name": "vqc", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyStronglyEntanglingAnsatz", "qubits": 4,
              "grid": { "layers": [1, 2], "learning_rate": [0.01, 0.1] }, "cv": { "folds": 3 }, "early_stopping": { "patience": 2 }, "checkpoint_every": 2 },
            { "name": "svm", "type": "svm", "random": { "n": 4, "seed": 3, "c": { "log_uniform": [0.1, 10] }, "gamma": { "choice": [0.1, 1] } } },
            { "name": "mlp", "type": "mlp", "hidden": [8], "federated": { "clients": 3, "rounds": 2, "split": "dirichlet", "alpha": 0.5, "target_accuracy": 0.8 } }
          ] }
        """,
        """
        { "name": "noise", "dataset": { "source": "circles", "samples": 60, "noise": 0.05, "factor": 0.4 }, "seeds": [3],
          "models": [
            { "name": "v", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "execution": "shots", "shots": 100,
              "noise": { "depolarizing": [0, 0.01, 0.05] } },
            { "name": "t", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "execution": "shots",
              "noise_training": true, "noise": { "bit_flip": [0.01, 0.1] }, "gradient": "spsa", "loss": "hinge" },
            { "name": "q", "type": "qsvc", "encoding": "Encodings.ApplyZZFeatureMap", "execution": "sampled", "noise": [0.01, 0, 0] }
          ] }
        """,
        """
        { "name": "vqe", "task": "vqe", "hamiltonian": { "source": "xxz", "qubits": 4, "j": 1, "delta": 0.5, "periodic": true }, "seeds": [1, 2],
          "models": [ { "name": "hva", "ansatz": "hva", "layers": [1, 2], "gradient": "finite-difference" },
                      { "ansatz": "hardware-efficient", "optimizer": "adam", "execution": "shots", "shots": 500, "noise": { "pauli": [0.01, 0, 0.01] }, "init": "random", "init_scale": 0.2 } ] }
        """,
        """
        { "name": "pauli", "task": "vqe", "hamiltonian": { "source": "pauli", "terms": "0.5 Z0 Z1 - 0.3 X0 + 0.1 Y1" }, "models": [ { "ansatz": "strongly-entangling", "optimizer": "spsa", "iterations": [10, 20] } ] }
        """,
        """
        { "name": "opt", "task": "optimization", "seeds": [1],
          "problems": [ { "path": "data/gset/G14.txt", "format": "gset", "best_known": 3064 }, { "generate": "erdos-renyi", "nodes": [6, 8], "p": 0.5, "count": 2, "seed": 3 } ],
          "solvers": [ { "type": "parallel-tempering", "sweeps": 100, "threads": 2 }, { "type": "simulated-bifurcation", "variant": "ballistic", "seconds": 0.1 },
                       { "type": "qaoa", "layers": 2, "restarts": 1, "interpolate": false }, { "type": "brute-force" }, { "type": "goemans-williamson" } ] }
        """,
        """
        { "name": "graph", "task": "graph", "seeds": [1],
          "graphs": [ { "edges": "data/karate_club_edges.csv", "labels": "data/karate_club_nodes.csv", "name": "karate" }, { "generate": "sbm", "sizes": [5, 5, 5], "p_in": 0.8, "p_out": 0.05 } ],
          "methods": [ { "type": "gcn", "labelled_nodes": [0, 33], "hidden": 8, "dropout": 0.2 }, { "type": "spectral", "communities": 3 },
                       { "type": "tabu", "objective": "balanced-min-cut", "penalty": 2, "coarsen_to": 10 }, { "type": "qaoa", "coarsen_to": 8 } ] }
        """,
        """
        { "name": "landscape", "task": "landscape", "seeds": [1, 2],
          "ansatzes": [ { "ansatz": "hva-xxz" }, { "name": "mine", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "parameter_count": "Ansatzes.HardwareEfficientParameterCount" } ],
          "gradients": { "qubits": [2, 3], "layers": [1, 2], "draws": 10 }, "expressibility": { "qubits": [2], "layers": [1], "pairs": 10, "bins": 5 } }
        """,
    ];

    /// <summary>Where the fuzz tests' summary lines go (one per reader, replaced on every run), beside the test assembly.</summary>
    public static string SummaryFile => Path.Combine(AppContext.BaseDirectory, "fuzz-summary.txt");

    private readonly Lock _report = new();

    /// <summary>Adds one reader's summary line to <see cref="SummaryFile"/>.</summary>
    public void Report(string line)
    {
        lock (_report) File.AppendAllText(SummaryFile, line + "\n");
    }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        File.Delete(SummaryFile);
        var experiments = Tests.Specs.SpecLoaderTests.FindExperiments();
        Specs = [.. Directory.GetFiles(experiments, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText), .. ExtraSpecs, TrainedSpec];

        var data = Path.Combine(experiments, "data");
        Csv =
        [
            string.Join('\n', File.ReadLines(Path.Combine(data, "iris.csv")).Take(12)),
            string.Join('\n', File.ReadLines(Path.Combine(data, "breast_cancer.csv")).Take(4)),
            "x0,x1,label\n0.5,-1e-3,a\n1.5E+2,2,b\n\n-0,3,a\n",
            "a,b,c\n1,2,3\n4,5,6\n",
        ];
        GraphCsv =
        [
            string.Join('\n', File.ReadLines(Path.Combine(data, "karate_club_edges.csv")).Take(15)),
            string.Join('\n', File.ReadLines(Path.Combine(data, "karate_club_nodes.csv")).Take(8)),
            "source,target,weight\n0,1,0.5\n1,2,2\n2,0,1e-3\n",
        ];
        Problems =
        [
            "5 4\n1 2 1\n2 3 -1\n3 4 1\n4 5 1\n",
            "# edges\n0 1\n1 2 0.5\n2 3\n",
            """{ "type": "ising", "terms": [ { "c": 1, "ids": [0, 1] }, { "c": -0.5, "ids": [2] }, { "c": 2, "ids": [] } ] }""",
            """{ "type": "pubo", "terms": [ { "c": 1, "ids": [0, 1] }, { "c": 3, "ids": [1, 1] } ] }""",
        ];

        // A real run, for model files and run files.
        File.WriteAllText(Path.Combine(_folder, "spec.json"), TrainedSpec);
        var spec = (ClassificationSpec)TaskSpecLoader.Parse(TrainedSpec, Path.Combine(_folder, "spec.json"));
        var check = await TestQuantum.Runtime.CheckAsync(TestQuantum.Project);
        var store = new RunStore(_folder);
        store.SaveSpec(spec.Source);
        var runner = new ClassificationRunner(spec, Factory, "test", 2) { Models = new ModelWriter(_folder, spec, "spec.json", check, "test") };
        await runner.RunAsync(store.Save);
        RunSpec = spec;
        Models = [.. Directory.GetFiles(Path.Combine(_folder, ModelWriter.ModelsFolder)).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        Runs = [.. Directory.GetFiles(Path.Combine(_folder, RunStore.RunsFolder)).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];
    }

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
