using QuantumML.Experiments.Results;

namespace QuantumML.Experiments.Running;

/// <summary>A finished run or merge: its result and where it was written.</summary>
/// <param name="Result">The result, every run in job order.</param>
/// <param name="ResultsPath">Its <c>results.json</c>, or null when nothing was written.</param>
/// <param name="ReportPath">Its <c>report.md</c>, or null when nothing was written.</param>
/// <param name="Table">The summary table of its task.</param>
public sealed record RunOutcome(ExperimentResult Result, string? ResultsPath, string? ReportPath, string Table);
