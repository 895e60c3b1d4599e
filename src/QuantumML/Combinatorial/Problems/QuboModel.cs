namespace QuantumML.Combinatorial.Problems;

/// <summary>A quadratic unconstrained binary optimization problem: minimize Q(x) = Offset + Σ_i a_i x_i + Σ_{i&lt;j} b_ij x_i x_j
/// over bits x_i ∈ {0, 1}.</summary>
public sealed class QuboModel
{
    private readonly double[] _linear;
    private readonly Coupling[] _quadratic;

    private QuboModel(double[] linear, Coupling[] quadratic, double offset)
    {
        _linear = linear;
        _quadratic = quadratic;
        Offset = offset;
    }

    /// <summary>The number of bits n.</summary>
    public int VariableCount => _linear.Length;

    /// <summary>The linear coefficients a_i.</summary>
    public IReadOnlyList<double> Linear => _linear;

    /// <summary>The nonzero quadratic coefficients b_ij with I &lt; J, sorted.</summary>
    public IReadOnlyList<Coupling> Quadratic => _quadratic;

    /// <summary>The constant term.</summary>
    public double Offset { get; }

    /// <summary>Builds a model; terms of the same pair are summed and x_i x_i terms (= x_i) become linear.</summary>
    /// <param name="variableCount">n; range ≥ 1.</param>
    /// <param name="quadratic">Pairwise terms, in any order, either orientation.</param>
    /// <param name="linear">a, n values, or null for none.</param>
    /// <param name="offset">The constant term.</param>
    public static QuboModel Create(int variableCount, IEnumerable<Coupling> quadratic, IReadOnlyList<double>? linear = null, double offset = 0)
    {
        ArgumentNullException.ThrowIfNull(quadratic);
        ArgumentOutOfRangeException.ThrowIfLessThan(variableCount, 1);
        if (linear is not null && linear.Count != variableCount)
            throw new ArgumentException($"expected {variableCount} linear coefficients, got {linear.Count}", nameof(linear));
        var a = linear?.ToArray() ?? new double[variableCount];
        var pairs = new List<Coupling>();
        foreach (var t in quadratic)
        {
            if (t.I == t.J && (uint)t.I < (uint)variableCount) a[t.I] += t.Value;
            else pairs.Add(t);
        }
        // The Ising builder validates indices and values, merges pairs and sorts them: reuse it rather than repeat it.
        var shape = IsingModel.Create(variableCount, pairs, a, offset);
        return new QuboModel(shape.FieldArray, [.. shape.Couplings], shape.Offset);
    }

    /// <summary>Q(x) in O(n + number of terms).</summary>
    public double Value(ReadOnlySpan<bool> bits)
    {
        if (bits.Length != VariableCount) throw new ArgumentException($"expected {VariableCount} bits, got {bits.Length}", nameof(bits));
        var q = Offset;
        for (var i = 0; i < bits.Length; i++) q += bits[i] ? _linear[i] : 0;
        foreach (var t in _quadratic) q += bits[t.I] && bits[t.J] ? t.Value : 0;
        return q;
    }

    /// <summary>The Ising model with E(s) = Q(x) for s = 1 - 2x: h_i = -a_i/2 - Σ_j b_ij/4, J_ij = b_ij/4, offset
    /// Offset + Σ a_i/2 + Σ b_ij/4.</summary>
    public IsingModel ToIsing()
    {
        var h = new double[VariableCount];
        var offset = Offset;
        for (var i = 0; i < VariableCount; i++)
        {
            h[i] -= _linear[i] / 2;
            offset += _linear[i] / 2;
        }
        foreach (var t in _quadratic)
        {
            h[t.I] -= t.Value / 4;
            h[t.J] -= t.Value / 4;
            offset += t.Value / 4;
        }
        return IsingModel.Create(VariableCount, _quadratic.Select(t => t with { Value = t.Value / 4 }), h, offset);
    }

    /// <summary>The QUBO with Q(x) = E(s) for x = (1 - s)/2: a_i = -2h_i - 2Σ_j J_ij, b_ij = 4J_ij, offset
    /// Offset + Σ h_i + Σ J_ij.</summary>
    public static QuboModel FromIsing(IsingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var a = new double[model.SpinCount];
        var offset = model.Offset;
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = -2 * model.Fields[i];
            offset += model.Fields[i];
        }
        foreach (var c in model.Couplings)
        {
            a[c.I] -= 2 * c.Value;
            a[c.J] -= 2 * c.Value;
            offset += c.Value;
        }
        return Create(model.SpinCount, model.Couplings.Select(c => c with { Value = 4 * c.Value }), a, offset);
    }
}
