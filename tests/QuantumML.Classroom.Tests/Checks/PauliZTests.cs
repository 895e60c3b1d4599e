using Complex = System.Numerics.Complex;
using MathNet.Numerics.LinearAlgebra;
using QuantumML.Classroom.Checks;
using QuantumML.QSharp;

namespace QuantumML.Classroom.Tests.Checks;

public sealed class PauliZTests
{
    [Theory]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 2 })]
    [InlineData(new[] { 0, 2 })]
    [InlineData(new[] { 0, 1, 2 })]
    public void TheExpectationFromADumpEqualsTheMatrixProduct(int[] qubits)
    {
        var random = new Random(5);
        var amplitudes = Enumerable.Range(0, 8).Select(_ => new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5)).ToArray();
        var norm = Math.Sqrt(amplitudes.Sum(a => a.Magnitude * a.Magnitude));
        var psi = Vector<Complex>.Build.DenseOfArray(amplitudes.Select(a => a / norm).ToArray());

        // Z on the listed qubits, I elsewhere, as a Kronecker product with qubit 0 leftmost (the dump's order).
        var z = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 0 }, { 0, -1 } });
        var id = Matrix<Complex>.Build.DenseIdentity(2);
        var observable = Enumerable.Range(0, 3).Select(q => qubits.Contains(q) ? z : id).Aggregate((m, f) => m.KroneckerProduct(f));
        var expected = psi.Conjugate().DotProduct(observable * psi).Real;

        Assert.Equal(expected, PauliZ.Expectation(new StateDump(3, psi.ToArray()), qubits), 12);
    }

    [Fact]
    public void LabelsUseSubscripts() => Assert.Equal("⟨Z₀Z₁₂⟩", PauliZ.Label([0, 12]));
}
