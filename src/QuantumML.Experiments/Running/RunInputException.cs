namespace QuantumML.Experiments.Running;

/// <summary>A run or merge that cannot be done as asked (a results folder of another spec, a run merged twice, no spec
/// to resume); the message says what to do instead. Bad input, like a bad spec.</summary>
public sealed class RunInputException(string message) : Exception(message);
