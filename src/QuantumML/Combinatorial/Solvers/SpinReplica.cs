using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>One Monte Carlo replica: spins, their local fields and their energy. The fields are integers (units of q/2)
/// when the model's energies lie on a lattice q·ℤ, doubles otherwise.</summary>
internal sealed class SpinReplica
{
    private readonly IsingModel _model;

    public SpinReplica(IsingModel model)
    {
        _model = model;
        Spins = new sbyte[model.SpinCount];
        if (model.LatticeWeights is null) Fields = new double[model.SpinCount];
        else LatticeFields = new int[model.SpinCount];
    }

    public sbyte[] Spins { get; }

    /// <summary>f_i = h_i + Σ_j J_ij s_j, for models off the lattice.</summary>
    public double[]? Fields { get; }

    /// <summary>f_i / (q/2), for models on the lattice.</summary>
    public int[]? LatticeFields { get; }

    /// <summary>The energy, kept current by the sweeps (exact on the lattice; rounding drift otherwise).</summary>
    public double Energy { get; set; }

    /// <summary>Random spins, then fields and energy computed afresh.</summary>
    public void Randomize(ref Xoshiro256 rng)
    {
        for (var i = 0; i < Spins.Length; i++) Spins[i] = rng.NextSpin();
        Recompute();
    }

    /// <summary>Fields and energy computed afresh from the spins.</summary>
    public void Recompute()
    {
        Energy = _model.Energy(Spins);
        if (Fields is not null)
        {
            _model.LocalFields(Spins).CopyTo(Fields, 0);
            return;
        }
        var weights = _model.LatticeWeights!;
        for (var i = 0; i < Spins.Length; i++)
        {
            var f = _model.LatticeFields![i];
            for (var k = _model.RowStart[i]; k < _model.RowStart[i + 1]; k++) f += weights[k] * Spins[_model.Neighbors[k]];
            LatticeFields![i] = f;
        }
    }

    /// <summary>Becomes a copy of <paramref name="other"/> (of the same model).</summary>
    public void CopyFrom(SpinReplica other)
    {
        other.Spins.CopyTo(Spins, 0);
        other.Fields?.CopyTo(Fields!, 0);
        other.LatticeFields?.CopyTo(LatticeFields!, 0);
        Energy = other.Energy;
    }
}
