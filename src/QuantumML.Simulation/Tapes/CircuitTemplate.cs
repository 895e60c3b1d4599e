using QuantumML.QSharp;

namespace QuantumML.Simulation.Tapes;

/// <summary>How a Q# circuit takes its inputs.</summary>
public enum CircuitShape
{
    /// <summary><c>(Double[] features, Double[] parameters, Qubit[]) =&gt; Unit is Adj</c>: a model circuit.</summary>
    FeaturesAndParameters,

    /// <summary><c>(Double[] parameters, Qubit[]) =&gt; Unit is Adj</c>: an ansatz (VQE, QAOA).</summary>
    Parameters,

    /// <summary><c>(Double[] features, Qubit[]) =&gt; Unit is Adj</c>: an encoding (quantum kernels).</summary>
    Features,
}

/// <summary>A Q# circuit to compile: a callable expression, how it takes its inputs, and their sizes.</summary>
/// <param name="Expression">A Q# expression of the callable, e.g. <c>Circuits.ApplyEncodedAnsatz(Encodings.ApplyAngleEncoding, Ansatzes.ApplyHardwareEfficientAnsatz, _, _, _)</c>.</param>
/// <param name="Shape">Its signature.</param>
/// <param name="Qubits">Register size; range 1 to <see cref="StateVectors.StateVector.MaxQubits"/>.</param>
/// <param name="FeatureCount">Length of the feature vector (0 for <see cref="CircuitShape.Parameters"/>).</param>
/// <param name="ParameterCount">Length of the parameter vector (0 for <see cref="CircuitShape.Features"/>).</param>
public sealed record CircuitTemplate(string Expression, CircuitShape Shape, int Qubits, int FeatureCount, int ParameterCount)
{
    /// <summary>The Q# statement that applies the circuit to <paramref name="register"/> with the given inputs.</summary>
    internal string Call(string callable, double[] features, double[] parameters, string register) =>
        Call(callable, Literal(features), Literal(parameters), register);

    /// <summary>The same with the inputs given as Q# expressions.</summary>
    internal string Call(string callable, string features, string parameters, string register) => Shape switch
    {
        CircuitShape.FeaturesAndParameters => $"{callable}({features}, {parameters}, {register});",
        CircuitShape.Parameters => $"{callable}({parameters}, {register});",
        _ => $"{callable}({features}, {register});",
    };

    /// <summary>Whether the circuit takes a feature vector.</summary>
    public bool TakesFeatures => Shape != CircuitShape.Parameters;

    /// <summary>Whether the circuit takes a parameter vector.</summary>
    public bool TakesParameters => Shape != CircuitShape.Features;

    private static string Literal(double[] values) => QSharpLiteral.Array(values);
}
