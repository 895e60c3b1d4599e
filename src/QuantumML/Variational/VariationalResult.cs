namespace QuantumML.Variational;

/// <summary>The outcome of a variational minimization.</summary>
/// <param name="Parameters">The best parameters found.</param>
/// <param name="Energy">The exact energy of the state those parameters prepare.</param>
/// <param name="Trace">The objective's value at each evaluation (estimates, in the sampling modes).</param>
/// <param name="Iterations">Optimizer iterations.</param>
/// <param name="CircuitEvaluations">Circuits run, shifted points included.</param>
/// <param name="QSharpRuns">Q# runs made.</param>
public sealed record VariationalResult(double[] Parameters, double Energy, IReadOnlyList<double> Trace, int Iterations, long CircuitEvaluations, long QSharpRuns);
