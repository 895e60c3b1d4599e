using System.Numerics;
using QuantumML.Optimization;
using QuantumML.Quantum;

namespace QuantumML.Variational;

/// <summary>The energy ⟨ψ(θ)|O|ψ(θ)⟩ of a Q# ansatz as an optimizer's objective: the point and, when asked, every
/// shifted point of its gradient go to Q# as one batch; each call's energy is kept as the trace.</summary>
/// <param name="evaluator">Runs the batches; its execution mode decides exact, host-sampled or Q#-measured energies.</param>
/// <param name="ansatz">The state preparation.</param>
/// <param name="observable">The energy.</param>
/// <param name="gradient">How to differentiate.</param>
/// <param name="finiteDifferenceStep">The step of <see cref="GradientKind.FiniteDifference"/>.</param>
public sealed class EnergyObjective(CircuitEvaluator evaluator, AnsatzCircuit ansatz, IEnergyObservable observable, GradientKind gradient, double finiteDifferenceStep = 1e-5)
{
    private readonly GradientKind gradient = gradient;
    private readonly List<double> _trace = [];

    /// <summary>The energy at each evaluated point, in call order.</summary>
    public IReadOnlyList<double> Trace => _trace;

    /// <summary>The evaluator, for its circuit counts.</summary>
    public CircuitEvaluator Evaluator => evaluator;

    /// <summary>The objective for <see cref="IOptimizer.Minimize"/>; blocks on Q#, so run the optimizer off the caller's thread.</summary>
    public ObjectiveValue Evaluate(double[] theta, CancellationToken ct)
    {
        var gradient = this.gradient;
        if (gradient == GradientKind.Adjoint)
        {
            if (evaluator.Mode.Kind != ExecutionKind.Exact)
                throw new InvalidOperationException("The adjoint method differentiates exact states; with shots use the parameter-shift rule.");
            if (evaluator.AdjointEnergyAsync(ansatz.Expression, ansatz.Qubits, theta, new StateObservable(observable), ct).GetAwaiter().GetResult() is { } adjoint)
            {
                lock (_trace) _trace.Add(adjoint.Value);
                return new ObjectiveValue(adjoint.Value, adjoint.Gradient);
            }
            gradient = ansatz.ShiftRuleApplies ? GradientKind.ParameterShift : GradientKind.FiniteDifference;
        }
        if (gradient == GradientKind.ParameterShift && !ansatz.ShiftRuleApplies)
            throw new InvalidOperationException($"The parameter-shift rule is not exact for {ansatz.Expression}: a parameter drives several gates.");
        var points = new List<double[]> { theta };
        var step = gradient == GradientKind.ParameterShift ? Math.PI / 2 : finiteDifferenceStep;
        if (gradient != GradientKind.None)
        {
            for (var j = 0; j < theta.Length; j++)
            {
                points.Add(Shifted(theta, j, step));
                points.Add(Shifted(theta, j, -step));
            }
        }
        var energies = EnergiesAsync([.. points], ct).GetAwaiter().GetResult();
        lock (_trace) _trace.Add(energies[0]);
        if (gradient == GradientKind.None) return new ObjectiveValue(energies[0], null);
        var denominator = gradient == GradientKind.ParameterShift ? 2.0 : 2 * step;
        var g = new double[theta.Length];
        for (var j = 0; j < g.Length; j++) g[j] = (energies[1 + 2 * j] - energies[2 + 2 * j]) / denominator;
        return new ObjectiveValue(energies[0], g);
    }

    /// <summary>The energies at several points, estimated as the execution mode says.</summary>
    public async Task<double[]> EnergiesAsync(double[][] points, CancellationToken ct)
    {
        var mode = evaluator.Mode;
        if (mode.Kind == ExecutionKind.ShotsInQSharp)
        {
            var bases = observable.MeasurementBases;
            var literal = "[" + string.Join(", ", bases.Select(b => "[" + string.Join(", ", b.Select(PauliName)) + "]")) + "]";
            var rows = await evaluator.SampleInBasesAsync(ansatz.Expression, ansatz.Qubits, points, literal, bases.Count, mode.Shots, ct).ConfigureAwait(false);
            return points.Select((_, i) => observable.Estimate(rows[(i * bases.Count)..((i + 1) * bases.Count)])).ToArray();
        }
        var states = await evaluator.AnsatzStatesAsync(ansatz.Expression, ansatz.Qubits, points, ct).ConfigureAwait(false);
        if (mode.Kind == ExecutionKind.Exact) return states.Select(s => observable.Expectation(s)).ToArray();
        var sampler = evaluator.NextSampler();
        return states.Select(s => observable.Estimate(SampleBases(s, sampler))).ToArray();
    }

    /// <summary>The exact energy at one point, whatever the mode: what the state found is really worth.</summary>
    public async Task<(double Energy, Complex[] State)> ExactAsync(double[] theta, CancellationToken ct)
    {
        var state = (await evaluator.AnsatzStatesAsync(ansatz.Expression, ansatz.Qubits, [theta], ct).ConfigureAwait(false))[0];
        return (observable.Expectation(state), state);
    }

    private int[][] SampleBases(Complex[] state, Random sampler) =>
        observable.MeasurementBases.Select(b => BasisRotation.Sample(BasisRotation.Apply(state, b), evaluator.Mode.Shots, sampler)).ToArray();

    private static double[] Shifted(double[] theta, int j, double step)
    {
        var p = (double[])theta.Clone();
        p[j] += step;
        return p;
    }

    private static string PauliName(char letter) => letter switch
    {
        'X' => "PauliX",
        'Y' => "PauliY",
        'Z' => "PauliZ",
        _ => "PauliI",
    };
}
