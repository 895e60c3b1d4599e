using MathNet.Numerics.LinearAlgebra;
using QuantumML.Simulation.Qir;
using QuantumML.Simulation.StateVectors;
using Complex = System.Numerics.Complex;

namespace QuantumML.Simulation.Tests.StateVectors;

/// <summary>Every gate kernel against a MathNet matrix-vector product with the gate's full 2ⁿ×2ⁿ unitary, built from its
/// definition by Kronecker products (qubit 0 the leftmost factor), on random states.</summary>
public sealed class StateVectorKernelTests
{
    private static readonly Matrix<Complex> I2 = M(1, 0, 0, 1);
    private static readonly Matrix<Complex> Xm = M(0, 1, 1, 0);
    private static readonly Matrix<Complex> Ym = M(0, -Complex.ImaginaryOne, Complex.ImaginaryOne, 0);
    private static readonly Matrix<Complex> Zm = M(1, 0, 0, -1);
    private static readonly Matrix<Complex> P0 = M(1, 0, 0, 0);
    private static readonly Matrix<Complex> P1 = M(0, 0, 0, 1);

    public static TheoryData<GateKind, int[]> Gates()
    {
        var data = new TheoryData<GateKind, int[]>();
        foreach (var kind in Enum.GetValues<GateKind>())
        {
            int[][] placements = kind.Arity() switch
            {
                1 => [[0], [2], [3]],
                2 => [[0, 1], [3, 0], [1, 3], [2, 1]],
                _ => [[0, 1, 2], [3, 1, 0], [2, 3, 1]],
            };
            foreach (var q in placements) data.Add(kind, q);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Gates))]
    public void Kernel_equals_the_dense_unitary(GateKind kind, int[] qubits)
    {
        const int n = 4;
        var random = new Random(qubits.Sum() * 31 + (int)kind);
        var angle = (random.NextDouble() * 2 - 1) * 5;
        var state = RandomState(random, n);
        var expected = Unitary(kind, qubits, angle, n) * Vector<Complex>.Build.DenseOfArray(state.ToAmplitudes());

        state.Apply(kind, qubits, angle);

        AssertClose(expected, state);
    }

    [Theory]
    [MemberData(nameof(Gates))]
    public void Adjoint_kernel_undoes_the_gate(GateKind kind, int[] qubits)
    {
        var random = new Random(7);
        var state = RandomState(random, 4);
        var before = Vector<Complex>.Build.DenseOfArray(state.ToAmplitudes());

        state.Apply(kind, qubits, 1.234);
        state.Apply(kind, qubits, 1.234, adjoint: true);

        AssertClose(before, state);
    }

    [Fact]
    public void Large_states_split_across_threads_give_the_serial_result()
    {
        var random = new Random(1);
        var qubits = System.Numerics.BitOperations.Log2((uint)StateVector.ParallelThreshold);
        var parallel = RandomState(random, qubits);
        var serial = new StateVector(qubits) { Parallel = false };
        serial.CopyFrom(parallel);
        foreach (var (kind, q) in new (GateKind, int[])[] { (GateKind.H, [3]), (GateKind.Ry, [qubits - 1]), (GateKind.Cx, [0, qubits - 1]), (GateKind.Rzz, [2, 9]), (GateKind.Rxx, [1, 14]), (GateKind.Swap, [4, 5]), (GateKind.Cz, [0, 7]), (GateKind.Cy, [12, 3]) })
        {
            parallel.Apply(kind, q, 0.77);
            serial.Apply(kind, q, 0.77);
        }

        Assert.Equal(serial.Re, parallel.Re);
        Assert.Equal(serial.Im, parallel.Im);
    }

    [Fact]
    public void Pauli_inner_products_equal_dense_ones()
    {
        var random = new Random(4);
        var (lambda, psi) = (RandomState(random, 3), RandomState(random, 3));
        var l = Vector<Complex>.Build.DenseOfArray(lambda.ToAmplitudes());
        var p = Vector<Complex>.Build.DenseOfArray(psi.ToAmplitudes());
        foreach (var (kind, q, generator) in new (GateKind, int[], Matrix<Complex>)[]
        {
            (GateKind.Rx, [1], Kron(I2, Xm, I2)), (GateKind.Ry, [2], Kron(I2, I2, Ym)), (GateKind.Rz, [0], Kron(Zm, I2, I2)),
            (GateKind.Rxx, [0, 2], Kron(Xm, I2, Xm)), (GateKind.Ryy, [2, 1], Kron(I2, Ym, Ym)), (GateKind.Rzz, [1, 0], Kron(Zm, Zm, I2)),
        })
        {
            var expected = l.ConjugateDotProduct(generator * p);
            var actual = PauliInner.Of(lambda, psi, kind, q);
            Assert.True((expected - actual).Magnitude < 1e-12, $"{kind}: expected {expected}, got {actual}");
        }
    }

    private static StateVector RandomState(Random random, int n)
    {
        var state = new StateVector(n);
        var norm = 0.0;
        for (var i = 0; i < state.Length; i++)
        {
            state.Re[i] = random.NextDouble() - 0.5;
            state.Im[i] = random.NextDouble() - 0.5;
            norm += state.Re[i] * state.Re[i] + state.Im[i] * state.Im[i];
        }
        for (var i = 0; i < state.Length; i++)
        {
            state.Re[i] /= Math.Sqrt(norm);
            state.Im[i] /= Math.Sqrt(norm);
        }
        return state;
    }

    private static void AssertClose(Vector<Complex> expected, StateVector actual)
    {
        for (var i = 0; i < actual.Length; i++)
            Assert.True((expected[i] - new Complex(actual.Re[i], actual.Im[i])).Magnitude < 1e-12, $"amplitude {i}: expected {expected[i]}, got ({actual.Re[i]}, {actual.Im[i]})");
    }

    private static Matrix<Complex> Unitary(GateKind kind, int[] q, double angle, int n)
    {
        var (c, s) = (Math.Cos(angle / 2), Math.Sin(angle / 2));
        var i = Complex.ImaginaryOne;
        Matrix<Complex> On(int qubit, Matrix<Complex> u) => Kron([.. Enumerable.Range(0, n).Select(k => k == qubit ? u : I2)]);
        Matrix<Complex> Pair(Matrix<Complex> p) => Kron([.. Enumerable.Range(0, n).Select(k => k == q[0] || k == q[1] ? p : I2)]);
        Matrix<Complex> Identity() => Matrix<Complex>.Build.DenseIdentity(1 << n);
        Matrix<Complex> Controlled(int control, Matrix<Complex> target) => On(control, P0) + On(control, P1) * On(q[1], target);
        return kind switch
        {
            GateKind.H => On(q[0], M(1, 1, 1, -1) / Math.Sqrt(2)),
            GateKind.X => On(q[0], Xm),
            GateKind.Y => On(q[0], Ym),
            GateKind.Z => On(q[0], Zm),
            GateKind.S => On(q[0], M(1, 0, 0, i)),
            GateKind.SAdj => On(q[0], M(1, 0, 0, -i)),
            GateKind.T => On(q[0], M(1, 0, 0, Complex.FromPolarCoordinates(1, Math.PI / 4))),
            GateKind.TAdj => On(q[0], M(1, 0, 0, Complex.FromPolarCoordinates(1, -Math.PI / 4))),
            GateKind.Rx => On(q[0], M(c, -i * s, -i * s, c)),
            GateKind.Ry => On(q[0], M(c, -s, s, c)),
            GateKind.Rz => On(q[0], M(Complex.FromPolarCoordinates(1, -angle / 2), 0, 0, Complex.FromPolarCoordinates(1, angle / 2))),
            GateKind.Cx => Controlled(q[0], Xm),
            GateKind.Cy => Controlled(q[0], Ym),
            GateKind.Cz => Controlled(q[0], Zm),
            // SWAP = (I + X⊗X + Y⊗Y + Z⊗Z)/2.
            GateKind.Swap => (Identity() + Pair(Xm) + Pair(Ym) + Pair(Zm)) / 2,
            GateKind.Rxx => Identity() * c - i * s * Pair(Xm),
            GateKind.Ryy => Identity() * c - i * s * Pair(Ym),
            GateKind.Rzz => Identity() * c - i * s * Pair(Zm),
            GateKind.Ccx => Identity() - On(q[0], P1) * On(q[1], P1) + On(q[0], P1) * On(q[1], P1) * On(q[2], Xm),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static Matrix<Complex> Kron(params Matrix<Complex>[] factors) => factors.Aggregate((a, b) => a.KroneckerProduct(b));

    private static Matrix<Complex> M(Complex a, Complex b, Complex c, Complex d) => Matrix<Complex>.Build.DenseOfArray(new[,] { { a, b }, { c, d } });
}
