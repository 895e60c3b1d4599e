namespace QuantumML.Quantum;

/// <summary>Which Q# circuit a quantum model uses: an encoding and an ansatz, combined once or re-uploaded.</summary>
/// <param name="Encoding">Fully qualified Q# encoding, <c>(Double[], Qubit[]) => Unit is Adj</c>, e.g. <c>Encodings.ApplyAngleEncoding</c>.</param>
/// <param name="Ansatz">Fully qualified Q# ansatz, <c>(Double[], Qubit[]) => Unit is Adj</c>, e.g. <c>Ansatzes.ApplyHardwareEfficientAnsatz</c>.</param>
/// <param name="Qubits">Register size; range ≥ 1.</param>
/// <param name="Layers">Ansatz layers (per upload); range ≥ 1.</param>
/// <param name="Uploads">How many times the features are encoded, alternating with the ansatz (1: encode once; more: data re-uploading).</param>
public sealed record CircuitSpec(string Encoding, string Ansatz, int Qubits, int Layers = 1, int Uploads = 1)
{
    /// <summary>The Q# function giving the ansatz's parameter count for (qubits, layers); by default
    /// <c>Ns.ApplyFooAnsatz</c> pairs with <c>Ns.FooParameterCount</c>.</summary>
    public string? ParameterCountFunction { get; init; }

    /// <summary>The Q# function name that counts the ansatz parameters.</summary>
    public string CountFunction => ParameterCountFunction ?? DefaultCountFunction(Ansatz);

    /// <summary>The model circuit as a Q# partial application, <c>(Double[], Double[], Qubit[]) => Unit is Adj</c>.</summary>
    public string CircuitExpression => Uploads == 1
        ? $"{Combiner}({Encoding}, {Ansatz}, _, _, _)"
        : $"{Combiner}({Encoding}, {Ansatz}, {Uploads}, _, _, _)";

    /// <summary>The Q# callables the circuit names: the encoding, the ansatz, its parameter-count function and the
    /// operation that combines them.</summary>
    public IReadOnlyList<string> Callables => [Encoding, Ansatz, CountFunction, Combiner];

    private string Combiner => Uploads == 1 ? "Circuits.ApplyEncodedAnsatz" : "Circuits.ApplyReuploadingCircuit";

    /// <summary>Throws when a field is out of range.</summary>
    public void Validate()
    {
        if (Qubits < 1) throw new ArgumentOutOfRangeException(nameof(Qubits), Qubits, "A circuit needs at least one qubit.");
        if (Layers < 1) throw new ArgumentOutOfRangeException(nameof(Layers), Layers, "A circuit needs at least one layer.");
        if (Uploads < 1) throw new ArgumentOutOfRangeException(nameof(Uploads), Uploads, "Features must be uploaded at least once.");
    }

    private static string DefaultCountFunction(string ansatz)
    {
        var dot = ansatz.LastIndexOf('.');
        var (ns, name) = dot < 0 ? ("", ansatz) : (ansatz[..(dot + 1)], ansatz[(dot + 1)..]);
        if (name.StartsWith("Apply", StringComparison.Ordinal)) name = name[5..];
        if (name.EndsWith("Ansatz", StringComparison.Ordinal)) name = name[..^6];
        return $"{ns}{name}ParameterCount";
    }
}
