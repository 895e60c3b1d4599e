using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace QuantumML.Hamiltonians;

/// <summary>An immutable Hermitian Hamiltonian: a real linear combination of Pauli strings on a fixed number of qubits.</summary>
/// <remarks>
/// State vectors follow the project's convention (see <c>QuantumML.QSharp.StateDump</c>): amplitude index i read in
/// binary with qubit 0 as the most significant bit, the order of the Kronecker product q0 ⊗ q1 ⊗ …. Pauli strings are
/// applied with bit masks (P|b⟩ = i^#Y (−1)^popcount(b ∧ z) |b ⊕ x⟩), never through a dense matrix.
/// Terms keep the order they were given in; <see cref="Simplify"/> combines like terms.
/// </remarks>
public sealed class PauliSum
{
    /// <summary>The largest qubit count for state vectors, dense matrices and eigensolvers (2^30 amplitudes).</summary>
    public const int MaxStateQubits = 30;

    private readonly PauliTerm[] _terms;
    private PauliOperator? _operator;

    /// <summary>Creates a sum on <paramref name="qubitCount"/> qubits (range 0-64; every term must fit).</summary>
    /// <exception cref="ArgumentException">A term acts on a qubit ≥ <paramref name="qubitCount"/> or has a non-finite coefficient.</exception>
    public PauliSum(int qubitCount, IEnumerable<PauliTerm> terms)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(qubitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(qubitCount, PauliString.MaxQubits);
        ArgumentNullException.ThrowIfNull(terms);
        _terms = terms.ToArray();
        foreach (var t in _terms)
        {
            ArgumentNullException.ThrowIfNull(t, nameof(terms));
            if (t.Pauli.QubitSpan > qubitCount)
                throw new ArgumentException($"Term {t} acts on qubit {t.Pauli.QubitSpan - 1}, but the sum has {qubitCount} qubits.", nameof(terms));
            if (!double.IsFinite(t.Coefficient))
                throw new ArgumentException($"Term {t} has a non-finite coefficient.", nameof(terms));
        }
        QubitCount = qubitCount;
    }

    /// <summary>The number of qubits the Hamiltonian acts on.</summary>
    public int QubitCount { get; }

    /// <summary>The terms, in the order given.</summary>
    public IReadOnlyList<PauliTerm> Terms => _terms;

    /// <summary>The identity part: the sum of the coefficients of identity terms.</summary>
    public double Constant => _terms.Where(t => t.Pauli.IsIdentity).Sum(t => t.Coefficient);

    /// <summary>The sum of |coefficient|: an upper bound on the spectral radius.</summary>
    public double OneNorm => _terms.Sum(t => Math.Abs(t.Coefficient));

    /// <summary>True when the matrix is real (no term has an odd number of Y factors), so real arithmetic suffices.</summary>
    public bool IsReal => _terms.All(t => (t.Pauli.YCount & 1) == 0 || t.Coefficient == 0);

    /// <summary>Parses the text form that <see cref="ToString"/> writes, e.g. "-1.05 * I + 0.39 * Z0 - 0.01 * Z0 Z1"; a missing
    /// coefficient means 1, a bare number is a multiple of I, and numbers take scientific notation.</summary>
    /// <param name="text">The sum; factors may be written "Z0 Z1", "Z0*Z1" or "Z0Z1", or as a dense label "ZZ" (qubit 0 leftmost).</param>
    /// <param name="qubitCount">The qubit count; by default the smallest that holds every term.</param>
    /// <exception cref="PauliSumFormatException">The text is malformed; the message gives the column and the offending token.</exception>
    public static PauliSum Parse(string text, int? qubitCount = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (terms, implied) = PauliSumParser.ParseSum(text);
        if (qubitCount is { } n && n < implied)
            throw new PauliSumFormatException($"The sum acts on {implied} qubits but {n} were asked for.");
        return new PauliSum(qubitCount ?? implied, terms);
    }

    /// <summary>The text form, e.g. "-1.05 * I + 0.39 * Z0 - 0.01 * Z0 Z1", which <see cref="Parse"/> reads back exactly
    /// (every coefficient printed to round-trip); "0" for an empty sum.</summary>
    public override string ToString() => PauliSumParser.FormatSum(_terms);

    /// <summary>Combines like terms (in order of first appearance) and drops those with |coefficient| ≤ <paramref name="tolerance"/>.</summary>
    public PauliSum Simplify(double tolerance = 1e-12)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        var sums = new Dictionary<PauliString, double>();
        var order = new List<PauliString>();
        foreach (var t in _terms)
        {
            if (sums.TryGetValue(t.Pauli, out var c)) sums[t.Pauli] = c + t.Coefficient;
            else { sums[t.Pauli] = t.Coefficient; order.Add(t.Pauli); }
        }
        return new PauliSum(QubitCount, order.Where(p => Math.Abs(sums[p]) > tolerance).Select(p => new PauliTerm(sums[p], p)));
    }

    /// <summary>This sum followed by the terms of <paramref name="other"/>, on the larger qubit count (like terms are not combined).</summary>
    public PauliSum Add(PauliSum other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new PauliSum(Math.Max(QubitCount, other.QubitCount), _terms.Concat(other._terms));
    }

    /// <summary>Every coefficient multiplied by <paramref name="factor"/>.</summary>
    public PauliSum Scale(double factor) =>
        new(QubitCount, _terms.Select(t => t with { Coefficient = t.Coefficient * factor }));

    /// <summary>⟨ψ|H|ψ⟩ for a state of 2^QubitCount amplitudes (qubit 0 most significant); ψ need not be normalized.</summary>
    public double Expectation(ReadOnlySpan<Complex> state)
    {
        CheckLength(state.Length, nameof(state));
        return Operator.Expectation(state);
    }

    /// <summary>⟨ψ|H|ψ⟩ for a MathNet state vector of 2^QubitCount amplitudes (qubit 0 most significant).</summary>
    public double Expectation(MathNet.Numerics.LinearAlgebra.Vector<Complex> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Expectation(state.AsArray() ?? state.ToArray());
    }

    /// <summary>Writes H·<paramref name="input"/> to <paramref name="output"/> (both 2^QubitCount amplitudes, not overlapping):
    /// the matrix-free operator for Lanczos.</summary>
    public void Apply(ReadOnlySpan<Complex> input, Span<Complex> output)
    {
        CheckLength(input.Length, nameof(input));
        CheckLength(output.Length, nameof(output));
        Operator.Apply(input, output);
    }

    /// <summary>The dense 2^n × 2^n matrix (qubit 0 most significant), for small n (at most 14 qubits).</summary>
    public Matrix<Complex> ToDenseMatrix()
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(QubitCount, 14, nameof(QubitCount));
        return Operator.ToDenseMatrix();
    }

    /// <summary>The compiled bit-mask form, built once on first use.</summary>
    internal PauliOperator Operator
    {
        get
        {
            if (QubitCount > MaxStateQubits)
                throw new InvalidOperationException($"State vectors of {QubitCount} qubits do not fit in memory (at most {MaxStateQubits}).");
            return _operator ??= new PauliOperator(this);
        }
    }

    private void CheckLength(int length, string name)
    {
        if (QubitCount > MaxStateQubits || length != 1 << QubitCount)
            throw new ArgumentException($"Expected 2^{QubitCount} amplitudes, got {length}.", name);
    }
}
