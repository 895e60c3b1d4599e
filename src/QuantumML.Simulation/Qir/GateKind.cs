namespace QuantumML.Simulation.Qir;

/// <summary>The gates of the QDK's intrinsic set that a straight-line QIR program may call.</summary>
/// <remarks>Rotations follow Q#: R_P(θ) = exp(−iθP/2) for the Pauli operator (or product) P.</remarks>
public enum GateKind
{
    /// <summary>Hadamard.</summary>
    H,
    /// <summary>Pauli X.</summary>
    X,
    /// <summary>Pauli Y.</summary>
    Y,
    /// <summary>Pauli Z.</summary>
    Z,
    /// <summary>Phase S = diag(1, i).</summary>
    S,
    /// <summary>S† = diag(1, −i).</summary>
    SAdj,
    /// <summary>T = diag(1, e^{iπ/4}).</summary>
    T,
    /// <summary>T† = diag(1, e^{−iπ/4}).</summary>
    TAdj,
    /// <summary>Rx(θ) = exp(−iθX/2).</summary>
    Rx,
    /// <summary>Ry(θ) = exp(−iθY/2).</summary>
    Ry,
    /// <summary>Rz(θ) = exp(−iθZ/2).</summary>
    Rz,
    /// <summary>Controlled X (control, target).</summary>
    Cx,
    /// <summary>Controlled Y (control, target).</summary>
    Cy,
    /// <summary>Controlled Z.</summary>
    Cz,
    /// <summary>Swap of two qubits.</summary>
    Swap,
    /// <summary>Rxx(θ) = exp(−iθ X⊗X/2).</summary>
    Rxx,
    /// <summary>Ryy(θ) = exp(−iθ Y⊗Y/2).</summary>
    Ryy,
    /// <summary>Rzz(θ) = exp(−iθ Z⊗Z/2).</summary>
    Rzz,
    /// <summary>Toffoli (control, control, target).</summary>
    Ccx,
}

/// <summary>What the engine needs to know of each gate kind.</summary>
public static class GateKinds
{
    /// <summary>How many qubits a gate of <paramref name="kind"/> acts on.</summary>
    public static int Arity(this GateKind kind) => kind switch
    {
        GateKind.Cx or GateKind.Cy or GateKind.Cz or GateKind.Swap or GateKind.Rxx or GateKind.Ryy or GateKind.Rzz => 2,
        GateKind.Ccx => 3,
        _ => 1,
    };

    /// <summary>Whether the gate takes an angle.</summary>
    public static bool IsRotation(this GateKind kind) =>
        kind is GateKind.Rx or GateKind.Ry or GateKind.Rz or GateKind.Rxx or GateKind.Ryy or GateKind.Rzz;

    /// <summary>The QIR names of the unitary intrinsics (<c>__quantum__qis__NAME__body</c> or <c>__adj</c>).</summary>
    public static GateKind? FromQirName(string name) => name switch
    {
        "h__body" => GateKind.H,
        "x__body" => GateKind.X,
        "y__body" => GateKind.Y,
        "z__body" => GateKind.Z,
        "s__body" => GateKind.S,
        "s__adj" => GateKind.SAdj,
        "t__body" => GateKind.T,
        "t__adj" => GateKind.TAdj,
        "rx__body" => GateKind.Rx,
        "ry__body" => GateKind.Ry,
        "rz__body" => GateKind.Rz,
        "cx__body" or "cnot__body" => GateKind.Cx,
        "cy__body" => GateKind.Cy,
        "cz__body" => GateKind.Cz,
        "swap__body" => GateKind.Swap,
        "rxx__body" => GateKind.Rxx,
        "ryy__body" => GateKind.Ryy,
        "rzz__body" => GateKind.Rzz,
        "ccx__body" => GateKind.Ccx,
        _ => null,
    };
}
