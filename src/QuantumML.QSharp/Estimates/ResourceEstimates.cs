namespace QuantumML.QSharp.Estimates;

/// <summary>The resource estimates of one expression, one per job, in the order the jobs were given.</summary>
/// <param name="Expression">The estimated expression.</param>
/// <param name="Items">One estimate per job.</param>
/// <param name="Json">The estimator's raw result: a JSON array with one object per job.</param>
/// <param name="Elapsed">Wall time of the estimate inside the engine.</param>
public sealed record ResourceEstimates(string Expression, IReadOnlyList<ResourceEstimate> Items, string Json, TimeSpan Elapsed);
