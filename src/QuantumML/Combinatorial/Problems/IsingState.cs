namespace QuantumML.Combinatorial.Problems;

/// <summary>An assignment of an <see cref="IsingModel"/> with its local fields and energy kept current: <see cref="Delta"/>
/// is O(1) and <see cref="Flip"/> O(degree).</summary>
public sealed class IsingState
{
    private readonly IsingModel _model;
    private readonly sbyte[] _spins;
    private readonly double[] _fields;

    /// <summary>Starts from <paramref name="spins"/> (copied).</summary>
    public IsingState(IsingModel model, ReadOnlySpan<sbyte> spins)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _spins = spins.ToArray();
        _fields = model.LocalFields(_spins);
        Energy = model.Energy(_spins);
    }

    /// <summary>The current spins.</summary>
    public ReadOnlySpan<sbyte> Spins => _spins;

    /// <summary>The current energy, updated by each flip.</summary>
    public double Energy { get; private set; }

    /// <summary>The local field f_i = h_i + Σ_j J_ij s_j.</summary>
    public double LocalField(int i) => _fields[i];

    /// <summary>The energy change if spin <paramref name="i"/> flipped: -2 s_i f_i.</summary>
    public double Delta(int i) => -2 * _spins[i] * _fields[i];

    /// <summary>Flips spin <paramref name="i"/>, updating the energy and the neighbours' fields.</summary>
    public void Flip(int i)
    {
        Energy += Delta(i);
        var s = _spins[i];
        _spins[i] = (sbyte)-s;
        var neighbors = _model.Neighbors;
        var weights = _model.Weights;
        for (var k = _model.RowStart[i]; k < _model.RowStart[i + 1]; k++) _fields[neighbors[k]] -= 2 * s * weights[k];
    }
}
