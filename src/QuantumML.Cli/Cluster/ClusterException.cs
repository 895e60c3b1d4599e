namespace QuantumML.Cli.Cluster;

/// <summary>The cluster's own tools are missing or refused a request (e.g. no <c>sbatch</c>, or <c>sbatch</c> failed);
/// the message says which and what was already done. Exit code 1.</summary>
internal sealed class ClusterException(string message) : Exception(message);
