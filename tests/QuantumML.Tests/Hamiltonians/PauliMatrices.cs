using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using QuantumML.Hamiltonians;

namespace QuantumML.Tests.Hamiltonians;

/// <summary>Independent references for the bit-mask code: Pauli matrices, Kronecker products, random states.</summary>
internal static class PauliMatrices
{
    public static Matrix<Complex> Of(Pauli p) => p switch
    {
        Pauli.X => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, 1 }, { 1, 0 } }),
        Pauli.Y => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, -Complex.ImaginaryOne }, { Complex.ImaginaryOne, 0 } }),
        Pauli.Z => Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 0 }, { 0, -1 } }),
        _ => Matrix<Complex>.Build.DenseIdentity(2),
    };

    /// <summary>q0 ⊗ q1 ⊗ … with MathNet's KroneckerProduct: qubit 0 is the most significant index bit.</summary>
    public static Matrix<Complex> Kronecker(IEnumerable<Matrix<Complex>> factors) =>
        factors.Aggregate(Matrix<Complex>.Build.DenseIdentity(1), (acc, m) => acc.KroneckerProduct(m));

    public static Matrix<Complex> Kronecker(PauliSum h) =>
        h.Terms.Aggregate(
            Matrix<Complex>.Build.Dense(1 << h.QubitCount, 1 << h.QubitCount),
            (acc, t) => acc + t.Coefficient * Kronecker(Enumerable.Range(0, h.QubitCount).Select(q => Of(t.Pauli[q]))));

    public static MathNet.Numerics.LinearAlgebra.Vector<Complex> RandomState(int qubits, Random random)
    {
        var v = MathNet.Numerics.LinearAlgebra.Vector<Complex>.Build.Dense(1 << qubits, _ => new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5));
        return v / v.L2Norm();
    }

    /// <summary>A random Pauli sum with every kind of factor, including odd numbers of Y.</summary>
    public static PauliSum RandomSum(int qubits, int terms, Random random) =>
        new(qubits, Enumerable.Range(0, terms).Select(_ =>
        {
            var p = PauliString.Identity;
            for (var q = 0; q < qubits; q++) p = p.With(q, (Pauli)random.Next(4));
            return new PauliTerm(random.NextDouble() * 2 - 1, p);
        }));
}
