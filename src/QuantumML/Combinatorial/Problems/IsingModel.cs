namespace QuantumML.Combinatorial.Problems;

/// <summary>A sparse Ising model: minimize E(s) = Offset + Σ_i h_i s_i + Σ_{i&lt;j} J_ij s_i s_j over spins s_i ∈ {+1, -1}.</summary>
/// <remarks>The couplings are also held as a compressed sparse row adjacency (each pair in both rows), so the local
/// field f_i = h_i + Σ_j J_ij s_j and the change of energy when s_i flips, ΔE = -2 s_i f_i, cost O(degree of i).
/// The solvers share this one problem type; <see cref="MaxCutGraph"/> and <see cref="QuboModel"/> convert to it exactly.</remarks>
public sealed class IsingModel
{
    private readonly double[] _fields;
    private readonly Coupling[] _couplings;

    private IsingModel(int spinCount, double[] fields, Coupling[] couplings, double offset)
    {
        SpinCount = spinCount;
        _fields = fields;
        _couplings = couplings;
        Offset = offset;
        RowStart = new int[spinCount + 1];
        foreach (var c in couplings)
        {
            RowStart[c.I + 1]++;
            RowStart[c.J + 1]++;
        }
        for (var i = 0; i < spinCount; i++) RowStart[i + 1] += RowStart[i];
        Neighbors = new int[2 * couplings.Length];
        Weights = new double[2 * couplings.Length];
        var next = RowStart[..^1];
        foreach (var c in couplings)
        {
            Neighbors[next[c.I]] = c.J;
            Weights[next[c.I]++] = c.Value;
            Neighbors[next[c.J]] = c.I;
            Weights[next[c.J]++] = c.Value;
        }
        MaxFlipDelta = ComputeMaxFlipDelta();
        EnergyQuantum = EnergyLattice.Quantum(fields, couplings, MaxFlipDelta);
        MaxFlipSteps = EnergyQuantum is { } q ? (int)Math.Round(MaxFlipDelta / q) : 0;
        if (EnergyQuantum is { } quantum)
        {
            // In units of q/2 the fields and couplings are integers, and a flip's ΔE/q = -s_i F_i exactly.
            LatticeWeights = [.. Weights.Select(w => (int)Math.Round(2 * w / quantum))];
            LatticeFields = [.. fields.Select(h => (int)Math.Round(2 * h / quantum))];
        }
    }

    /// <summary>The number of spins n.</summary>
    public int SpinCount { get; }

    /// <summary>The fields h_i, one per spin.</summary>
    public IReadOnlyList<double> Fields => _fields;

    /// <summary>The nonzero couplings J_ij, one per pair, with I &lt; J, sorted by (I, J).</summary>
    public IReadOnlyList<Coupling> Couplings => _couplings;

    /// <summary>The constant term, so that conversions preserve every assignment's objective exactly.</summary>
    public double Offset { get; }

    /// <summary>Whether any field is nonzero.</summary>
    public bool HasFields => _fields.Any(h => h != 0);

    /// <summary>CSR row starts: the neighbours of spin i are <see cref="Neighbors"/>[RowStart[i]..RowStart[i+1]].</summary>
    internal int[] RowStart { get; }

    /// <summary>CSR column indices.</summary>
    internal int[] Neighbors { get; }

    /// <summary>CSR values: J between the row's spin and the neighbour.</summary>
    internal double[] Weights { get; }

    /// <summary>The fields as an array, for solvers' loops (not to be modified).</summary>
    internal double[] FieldArray => _fields;

    /// <summary>A q &gt; 0 such that every single-flip ΔE is an integer multiple of q (small enough for a table of
    /// acceptance probabilities), or null when the coefficients are not on such a lattice.</summary>
    internal double? EnergyQuantum { get; }

    /// <summary>The CSR couplings in units of q/2 when the model is on a lattice, else null.</summary>
    internal int[]? LatticeWeights { get; }

    /// <summary>The fields in units of q/2 when the model is on a lattice, else null.</summary>
    internal int[]? LatticeFields { get; }

    /// <summary>The largest single-flip |ΔE| in units of <see cref="EnergyQuantum"/> (0 without a lattice).</summary>
    internal int MaxFlipSteps { get; }

    /// <summary>max_i 2(|h_i| + Σ_j |J_ij|): no single flip changes the energy by more.</summary>
    internal double MaxFlipDelta { get; }

    /// <summary>The number of couplings of spin <paramref name="i"/>.</summary>
    public int Degree(int i) => RowStart[i + 1] - RowStart[i];

    /// <summary>Builds a model; couplings of the same pair are summed, J_ii terms (s_i² = 1) move into the offset, and
    /// pairs that sum to zero are dropped.</summary>
    /// <param name="spinCount">n; range ≥ 1.</param>
    /// <param name="couplings">Pairwise terms, in any order, either orientation.</param>
    /// <param name="fields">h, n values, or null for none.</param>
    /// <param name="offset">The constant term.</param>
    public static IsingModel Create(int spinCount, IEnumerable<Coupling> couplings, IReadOnlyList<double>? fields = null, double offset = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(spinCount, 1);
        ArgumentNullException.ThrowIfNull(couplings);
        var h = new double[spinCount];
        if (fields is not null)
        {
            if (fields.Count != spinCount) throw new ArgumentException($"expected {spinCount} fields, got {fields.Count}", nameof(fields));
            for (var i = 0; i < spinCount; i++) h[i] = CheckFinite(fields[i], "field");
        }
        var merged = new Dictionary<(int, int), double>();
        foreach (var c in couplings)
        {
            if ((uint)c.I >= (uint)spinCount || (uint)c.J >= (uint)spinCount)
                throw new ArgumentException($"coupling ({c.I}, {c.J}) names a spin outside 0..{spinCount - 1}", nameof(couplings));
            CheckFinite(c.Value, "coupling");
            if (c.I == c.J)
            {
                offset += c.Value;
                continue;
            }
            var key = c.I < c.J ? (c.I, c.J) : (c.J, c.I);
            merged[key] = merged.GetValueOrDefault(key) + c.Value;
        }
        var list = merged.Where(p => p.Value != 0).Select(p => new Coupling(p.Key.Item1, p.Key.Item2, p.Value))
            .OrderBy(c => c.I).ThenBy(c => c.J).ToArray();
        return new IsingModel(spinCount, h, list, CheckFinite(offset, "offset"));
    }

    private static double CheckFinite(double value, string what) =>
        double.IsFinite(value) ? value : throw new ArgumentException($"a {what} must be a finite number, got {value}");

    /// <summary>E(s) in O(n + number of couplings).</summary>
    public double Energy(ReadOnlySpan<sbyte> spins)
    {
        Spins.Check(spins, SpinCount);
        var e = Offset;
        for (var i = 0; i < SpinCount; i++) e += _fields[i] * spins[i];
        foreach (var c in _couplings) e += c.Value * spins[c.I] * spins[c.J];
        return e;
    }

    /// <summary>The local field f_i = h_i + Σ_j J_ij s_j in O(degree).</summary>
    public double LocalField(ReadOnlySpan<sbyte> spins, int i)
    {
        var f = _fields[i];
        for (var k = RowStart[i]; k < RowStart[i + 1]; k++) f += Weights[k] * spins[Neighbors[k]];
        return f;
    }

    /// <summary>E(s with s_i flipped) - E(s) = -2 s_i f_i, in O(degree).</summary>
    public double FlipDelta(ReadOnlySpan<sbyte> spins, int i) => -2 * spins[i] * LocalField(spins, i);

    /// <summary>All local fields f_i, for <see cref="IsingState"/> and the solvers.</summary>
    public double[] LocalFields(ReadOnlySpan<sbyte> spins)
    {
        Spins.Check(spins, SpinCount);
        var f = new double[SpinCount];
        for (var i = 0; i < SpinCount; i++) f[i] = LocalField(spins, i);
        return f;
    }

    private double ComputeMaxFlipDelta()
    {
        var max = 0.0;
        for (var i = 0; i < SpinCount; i++)
        {
            var sum = Math.Abs(_fields[i]);
            for (var k = RowStart[i]; k < RowStart[i + 1]; k++) sum += Math.Abs(Weights[k]);
            max = Math.Max(max, 2 * sum);
        }
        return max;
    }

    /// <summary>2 min |c| over the nonzero coefficients: the size of the smallest typical uphill flip.</summary>
    internal double MinFlipDelta()
    {
        var min = double.PositiveInfinity;
        foreach (var h in _fields) if (h != 0) min = Math.Min(min, Math.Abs(h));
        foreach (var c in _couplings) min = Math.Min(min, Math.Abs(c.Value));
        return double.IsPositiveInfinity(min) ? 1 : 2 * min;
    }
}
