using QuantumML.Baselines;
using QuantumML.Persistence;
using QuantumML.Quantum;

namespace QuantumML.Models;

public sealed partial class QuantumKernelSvm : IPersistentClassifier
{
    /// <summary>The kind in model files.</summary>
    internal const string Kind = "qsvc";

    /// <inheritdoc/>
    /// <remarks>The state is the support vectors (features after preprocessing) and the machines; their encoded states
    /// are not saved but prepared again by the feature map on loading, so the file stays small and the Q# runs.</remarks>
    public ModelSnapshot Snapshot()
    {
        var svm = _svm ?? throw new InvalidOperationException($"{Name} is not trained.");
        var driver = options.Execution.Kind == ExecutionKind.ShotsInQSharp ? "Drivers.EstimateKernelEntries" : "Drivers.DumpEncodedStates";
        return new ModelSnapshot(Kind, options, svm.ExportSupport(_trainFeatures), [options.Encoding, driver]);
    }

    /// <summary>The model that learnt <paramref name="state"/>; in exact mode it encodes the support vectors again.</summary>
    internal static async Task<IClassifier> RestoreAsync(QuantumKernelOptions options, SupportVectorSet state, RestoreContext context, CancellationToken cancellationToken)
    {
        var (runtime, project) = context.QSharp(Kind);
        var svm = SupportVectorMachine.FromSupport(new SupportVectorMachineOptions { C = options.C }, state, null, context, "$.parameters");
        var model = new QuantumKernelSvm(runtime, project, options)
        {
            _svm = svm,
            _evaluator = new CircuitEvaluator(runtime, project, options.Execution, new Random(options.Seed), options.Engine),
            _trainFeatures = state.Vectors.Select(v => v.ToArray()).ToArray(),
        };
        if (options.Execution.Kind != ExecutionKind.ShotsInQSharp)
            model._trainStates = await model._evaluator.EncodedStatesAsync(options.Encoding, options.Qubits, model._trainFeatures, cancellationToken).ConfigureAwait(false);
        return model;
    }
}
