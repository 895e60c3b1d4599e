using QuantumML.Persistence;
using QuantumML.Quantum;

namespace QuantumML.Models;

/// <summary>What a trained <see cref="VariationalQuantumClassifier"/> learnt.</summary>
/// <param name="Classes">How many classes it tells apart.</param>
/// <param name="Theta">The circuit parameters.</param>
/// <param name="Scale">The readout scale w per readout qubit.</param>
/// <param name="Bias">The readout bias b per readout qubit.</param>
public sealed record VqcState(int Classes, double[] Theta, double[] Scale, double[] Bias);

public sealed partial class VariationalQuantumClassifier : IPersistentClassifier
{
    /// <summary>The kind in model files.</summary>
    internal const string Kind = "vqc";

    /// <inheritdoc/>
    public ModelSnapshot Snapshot()
    {
        if (_evaluator is null) throw new InvalidOperationException($"{Name} is not trained.");
        var driver = options.Execution.Kind == ExecutionKind.ShotsInQSharp ? "Drivers.SampleZeroOutcomes" : "Drivers.DumpStates";
        return new ModelSnapshot(Kind, options, new VqcState(_classes, [.. _theta], [.. _scale], [.. _bias]), [.. options.Circuit.Callables, driver]);
    }

    /// <summary>The model that learnt <paramref name="state"/>; asks the Q# project for the ansatz's parameter count to check θ.</summary>
    internal static async Task<IClassifier> RestoreAsync(VqcOptions options, VqcState state, RestoreContext context, CancellationToken cancellationToken)
    {
        var (runtime, project) = context.QSharp(Kind);
        try
        {
            options.Circuit.Validate();
        }
        catch (ArgumentException e)
        {
            throw ModelFileException.At("$.hyperparameters.circuit", e.Message.Split(" (Parameter")[0]);
        }
        context.CheckClasses(state.Classes, "$.parameters.classes");
        var model = new VariationalQuantumClassifier(runtime, project, options) { _classes = state.Classes };
        if (model.Readout > options.Circuit.Qubits)
            throw ModelFileException.At("$.parameters.classes", $"is {state.Classes}: that many classes need {model.Readout} readout qubits, but the circuit has {options.Circuit.Qubits}");
        RestoreContext.CheckVector(state.Scale, model.Readout, "$.parameters.scale");
        RestoreContext.CheckVector(state.Bias, model.Readout, "$.parameters.bias");
        model._evaluator = new CircuitEvaluator(runtime, project, options.Execution, new Random(options.Seed), options.Engine);
        var count = await model._evaluator.ParameterCountAsync(options.Circuit, cancellationToken).ConfigureAwait(false);
        RestoreContext.CheckVector(state.Theta, count, "$.parameters.theta");
        model._circuitParameters = count;
        (model._theta, model._scale, model._bias) = ([.. state.Theta], [.. state.Scale], [.. state.Bias]);
        return model;
    }
}
