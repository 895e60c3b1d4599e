using QuantumML.Optimization;
using QuantumML.Quantum;
using QuantumML.Variational;

namespace QuantumML.Vqe;

/// <summary>Layer-wise growth: optimize depth 1 (from one or several starts), then start depth l + 1 from depth l's optimum
/// padded with zeros for the new layer's angles, so that each depth begins where the last one ended instead of at random.</summary>
/// <remarks>
/// <para>The padding keeps the state only if the new layer at zero angles does nothing to it; which placement achieves that
/// for which ansatz is on <see cref="NewLayerPlacement"/>. For the shipped ansatzes (checked on their states in the tests):
/// the hardware-efficient ansatz keeps it with <see cref="NewLayerPlacement.Front"/> only, since its layer at zero angles
/// is still a CNOT chain, which fixes |0…0⟩ but not a later state; the Hamiltonian-variational ansatzes keep it either
/// way (their layers are the identity at zero); the strongly entangling ansatz on more than two qubits keeps it neither
/// way (its CNOT ring remains at the back, and its CNOT ranges depend on the layer index, which a front layer shifts).
/// Each step records its start energy, so a jump shows in the result.</para>
/// <para>A kept state is also a poor start when the padded point is a critical point of the deeper ansatz: measured for
/// the Hamiltonian-variational ansatz of the open TFIM chain, where L-BFGS stops at once at every depth.
/// <see cref="LayerGrowthOptions.PerturbedStarts"/> adds starts with the new layer's angles drawn near zero.</para>
/// <para>The padding assumes the usual layout, layer l's parameters the l-th contiguous block of the vector, with the
/// parameter count a multiple of the layer count (true of every ansatz in <c>quantum/src</c>).</para>
/// <para>E. Grant, L. Wossnig, M. Ostaszewski, M. Benedetti, "An initialization strategy for addressing barren plateaus in
/// parametrized quantum circuits", Quantum 3, 214 (2019); A. Skolik et al., "Layerwise learning for quantum neural
/// networks", Quantum Mach. Intell. 3, 5 (2021).</para>
/// </remarks>
public static class LayerGrowth
{
    /// <summary>Grows the ansatz from 1 to <see cref="LayerGrowthOptions.MaxLayers"/> layers.</summary>
    /// <param name="evaluator">Runs the circuits.</param>
    /// <param name="ansatzAt">The ansatz at a depth (e.g. <c>l =&gt; VqeAnsatz.HardwareEfficient(4, l)</c>).</param>
    /// <param name="observable">The Hamiltonian.</param>
    /// <param name="optimizer">Makes one optimizer per start, each with the whole per-start budget.</param>
    /// <param name="firstStarts">Depth 1's starts (a multi-start); later depths start from the padded optimum, and from
    /// <see cref="LayerGrowthOptions.PerturbedStarts"/> perturbations of its new layer.</param>
    /// <param name="options">Depth, placement, target.</param>
    /// <param name="ct">Cancels the growth.</param>
    public static async Task<IReadOnlyList<GrowthStep>> RunAsync(CircuitEvaluator evaluator, Func<int, AnsatzCircuit> ansatzAt, IEnergyObservable observable,
        Func<IOptimizer> optimizer, IReadOnlyList<double[]> firstStarts, LayerGrowthOptions options, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLayers, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.PerturbedStarts);
        if (firstStarts.Count == 0) throw new ArgumentException("Layer-wise growth needs at least one start for depth 1.", nameof(firstStarts));
        var random = new Random(options.Seed);
        var steps = new List<GrowthStep>();
        var starts = firstStarts;
        for (var layers = 1; layers <= options.MaxLayers; layers++)
        {
            var ansatz = ansatzAt(layers);
            var (startEnergy, _) = await new EnergyObjective(evaluator, ansatz, observable, GradientKind.None).ExactAsync(starts[0], ct).ConfigureAwait(false);
            var result = await MultiStartVqe.RunAsync(evaluator, ansatz, observable, optimizer, starts, options.TargetEnergy, options.Tolerance, options.Gradient, ct).ConfigureAwait(false);
            steps.Add(new GrowthStep(layers, startEnergy, result));
            if (options.StopAtTarget && result.Best.ReachedTarget) break;
            if (layers < options.MaxLayers)
            {
                var best = result.Best.Result.Parameters;
                var padded = Padded(best, layers, ansatzAt(layers + 1).ParameterCount, options.Placement);
                var fresh = NewLayerIndices(best.Length, layers, options.Placement);
                starts = [padded, .. Enumerable.Range(0, options.PerturbedStarts).Select(_ => Perturbed(padded, fresh, options.PerturbationHalfWidth, random))];
            }
        }
        return steps;
    }

    /// <summary>The indices of the new layer's angles in the padded vector.</summary>
    private static Range NewLayerIndices(int count, int layers, NewLayerPlacement placement)
    {
        var perLayer = count / layers;
        return placement == NewLayerPlacement.Front ? 0..perLayer : count..(count + perLayer);
    }

    private static double[] Perturbed(double[] padded, Range fresh, double halfWidth, Random random)
    {
        var p = (double[])padded.Clone();
        var (offset, length) = fresh.GetOffsetAndLength(p.Length);
        for (var j = offset; j < offset + length; j++) p[j] = (2 * random.NextDouble() - 1) * halfWidth;
        return p;
    }

    /// <summary>Depth l's parameters with zeros for one more layer, placed as <paramref name="placement"/> says.</summary>
    /// <exception cref="ArgumentException">The deeper ansatz's parameter count is not the old count plus one layer's.</exception>
    public static double[] Padded(double[] parameters, int layers, int deeperCount, NewLayerPlacement placement)
    {
        var perLayer = parameters.Length / layers;
        if (parameters.Length % layers != 0 || deeperCount != parameters.Length + perLayer)
            throw new ArgumentException($"{parameters.Length} parameters over {layers} layer(s) do not grow into {deeperCount} by one more layer of equal size.", nameof(deeperCount));
        var padded = new double[deeperCount];
        Array.Copy(parameters, 0, padded, placement == NewLayerPlacement.Front ? perLayer : 0, parameters.Length);
        return padded;
    }
}
