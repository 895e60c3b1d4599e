namespace QuantumML.Cli.Tests.Cluster;

/// <summary>Small specs for the cluster tests, written into a test's folder.</summary>
internal static class ClusterSpecs
{
    /// <summary>4 models x 3 seeds, seconds each: three classical models and a sampled-mode VQC (its results depend on the
    /// seeded shot sampling, so equality across processes is a real check). Twelve runs: each of 3 shards mixes models.</summary>
    public static string Small(string folder)
    {
        var path = Path.Combine(folder, "spec.json");
        File.WriteAllText(path, """
            {
              "name": "cluster-small",
              "dataset": { "source": "moons", "samples": 40 },
              "preprocessing": { "scale": [-1.5, 1.5] },
              "seeds": [1, 2, 3],
              "models": [
                { "name": "vqc", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz",
                  "qubits": 2, "epochs": 1, "batch_size": 8, "execution": "sampled", "shots": 200 },
                { "name": "knn", "type": "knn", "k": 3 },
                { "name": "logreg", "type": "logistic-regression" },
                { "name": "svm", "type": "svm" }
              ]
            }
            """);
        return path;
    }
}
