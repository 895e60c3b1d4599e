using MathNet.Numerics.LinearAlgebra;
using QuantumML.Persistence;

namespace QuantumML.Baselines;

/// <summary>What a trained <see cref="MultilayerPerceptron"/> learnt.</summary>
/// <param name="Weights">Per layer, the weights with one row per input and one column per output.</param>
/// <param name="Biases">Per layer, one bias per output.</param>
public sealed record MultilayerPerceptronState(double[][][] Weights, double[][] Biases);

public sealed partial class MultilayerPerceptron : IPersistentClassifier
{
    /// <summary>The kind in model files.</summary>
    internal const string Kind = "mlp";

    /// <inheritdoc/>
    public ModelSnapshot Snapshot() => _weights.Length == 0
        ? throw BaselineChecks.NotFitted(Name)
        : new ModelSnapshot(Kind, Options, new MultilayerPerceptronState(_weights.Select(w => w.ToRowArrays()).ToArray(), _biases.Select(b => b.ToArray()).ToArray()), []);

    /// <summary>The model that learnt <paramref name="state"/>; the layer widths must chain from the features to the classes.</summary>
    internal static MultilayerPerceptron Restore(MultilayerPerceptronOptions options, MultilayerPerceptronState state, RestoreContext context)
    {
        int[] widths = [context.FeatureCount, .. options.HiddenLayers, context.ClassCount];
        if (state.Weights.Length != widths.Length - 1)
            throw ModelFileException.At("$.parameters.weights", $"holds {state.Weights.Length} layers; $.hyperparameters.hidden_layers gives {widths.Length - 1}");
        if (state.Biases.Length != widths.Length - 1)
            throw ModelFileException.At("$.parameters.biases", $"holds {state.Biases.Length} layers, expected {widths.Length - 1}");
        for (var l = 0; l < state.Weights.Length; l++)
        {
            if (state.Weights[l].Length != widths[l])
                throw ModelFileException.At($"$.parameters.weights[{l}]", $"has {state.Weights[l].Length} rows, expected {widths[l]}");
            RestoreContext.CheckMatrix(state.Weights[l], widths[l + 1], $"$.parameters.weights[{l}]");
            RestoreContext.CheckVector(state.Biases[l], widths[l + 1], $"$.parameters.biases[{l}]");
        }
        return new MultilayerPerceptron(options)
        {
            _weights = state.Weights.Select(w => Matrix<double>.Build.DenseOfRowArrays(w)).ToArray(),
            _biases = state.Biases.Select(b => Vector<double>.Build.DenseOfArray([.. b])).ToArray(),
        };
    }
}
