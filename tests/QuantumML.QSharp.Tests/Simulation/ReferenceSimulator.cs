using MathNet.Numerics.LinearAlgebra;
using Complex = System.Numerics.Complex;

namespace QuantumML.QSharp.Tests.Simulation;

/// <summary>An independent state-vector computation with MathNet: each gate is a full 2^n × 2^n unitary
/// built from Kronecker products (qubit 0 the leftmost factor), applied by matrix-vector product.</summary>
internal static class ReferenceSimulator
{
    private static readonly Matrix<Complex> I2 = Matrix<Complex>.Build.DenseIdentity(2);
    private static readonly Matrix<Complex> X = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, 1 }, { 1, 0 } });
    private static readonly Matrix<Complex> Z = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 0 }, { 0, -1 } });
    private static readonly Matrix<Complex> H = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 1 }, { 1, -1 } }) / Math.Sqrt(2);
    private static readonly Matrix<Complex> P0 = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 0 }, { 0, 0 } });
    private static readonly Matrix<Complex> P1 = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, 0 }, { 0, 1 } });

    public static Matrix<Complex> Ry(double theta) => Matrix<Complex>.Build.DenseOfArray(new Complex[,]
    {
        { Math.Cos(theta / 2), -Math.Sin(theta / 2) },
        { Math.Sin(theta / 2), Math.Cos(theta / 2) },
    });

    public static Matrix<Complex> Rz(double theta) => Matrix<Complex>.Build.DenseOfArray(new Complex[,]
    {
        { Complex.FromPolarCoordinates(1, -theta / 2), 0 },
        { 0, Complex.FromPolarCoordinates(1, theta / 2) },
    });

    public static Vector<Complex> Run(int n, IEnumerable<Gate> gates)
    {
        var state = Vector<Complex>.Build.Dense(1 << n);
        state[0] = 1;
        foreach (var gate in gates) state = Unitary(n, gate) * state;
        return state;
    }

    private static Matrix<Complex> Unitary(int n, Gate gate) => gate.Name switch
    {
        "H" => OnQubit(n, gate.Qubits[0], H),
        "X" => OnQubit(n, gate.Qubits[0], X),
        "Ry" => OnQubit(n, gate.Qubits[0], Ry(gate.Angle)),
        "Rz" => OnQubit(n, gate.Qubits[0], Rz(gate.Angle)),
        "CNOT" => Controlled(n, gate.Qubits[0], gate.Qubits[1], X),
        "CZ" => Controlled(n, gate.Qubits[0], gate.Qubits[1], Z),
        _ => throw new ArgumentException(gate.Name),
    };

    private static Matrix<Complex> OnQubit(int n, int qubit, Matrix<Complex> u) =>
        Kron(Enumerable.Range(0, n).Select(q => q == qubit ? u : I2));

    // |0⟩⟨0|_c ⊗ I + |1⟩⟨1|_c ⊗ U_t
    private static Matrix<Complex> Controlled(int n, int control, int target, Matrix<Complex> u) =>
        Kron(Enumerable.Range(0, n).Select(q => q == control ? P0 : I2))
        + Kron(Enumerable.Range(0, n).Select(q => q == control ? P1 : q == target ? u : I2));

    private static Matrix<Complex> Kron(IEnumerable<Matrix<Complex>> factors) =>
        factors.Aggregate((a, b) => a.KroneckerProduct(b));
}

/// <summary>One gate of a test circuit.</summary>
internal sealed record Gate(string Name, int[] Qubits, double Angle = 0)
{
    public string ToQSharp(string register) => Name switch
    {
        "Ry" or "Rz" => $"{Name}({QSharpLiteral.Of(Angle)}, {register}[{Qubits[0]}]);",
        _ => $"{Name}({string.Join(", ", Qubits.Select(q => $"{register}[{q}]"))});",
    };
}
