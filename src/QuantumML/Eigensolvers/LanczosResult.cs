namespace QuantumML.Eigensolvers;

/// <summary>The outcome of <see cref="LanczosSolver.FindLowest"/>.</summary>
/// <param name="Eigenvalue">The lowest Ritz value.</param>
/// <param name="Eigenvector">Its normalized Ritz vector.</param>
/// <param name="Iterations">Operator applications used (the final residual check not counted).</param>
/// <param name="Restarts">Restarts from the Ritz vector when the basis was full.</param>
/// <param name="ResidualNorm">‖Ax − λx‖, computed explicitly with one more application.</param>
/// <param name="ErrorBound">min(r, r²/δ) at the last step: the stopping quantity.</param>
/// <param name="Converged">Whether <see cref="ErrorBound"/> reached the tolerance within the iteration budget.</param>
public sealed record LanczosResult(double Eigenvalue, double[] Eigenvector, int Iterations, int Restarts, double ResidualNorm, double ErrorBound, bool Converged);
