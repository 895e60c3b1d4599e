using QuantumML.Catalogues;
using QuantumML.Hamiltonians;
using QuantumML.Models;
using QuantumML.QSharp;

namespace QuantumML.Quantum;

/// <summary>One kind of noise the simulator applies after every gate.</summary>
/// <param name="Name">The key of the <c>"noise"</c> object.</param>
/// <param name="Doc">What it does.</param>
/// <param name="FromProbability">The simulator's noise at probability p, or null for a kind given as [px, py, pz].</param>
public sealed record NoiseEntry(string Name, string Doc, Func<double, PauliNoise>? FromProbability) : CatalogueEntry(Name, Doc);

/// <summary>The kinds of noise a <c>"noise"</c> field names (see <see cref="NoiseSettings"/>).</summary>
public static class NoiseCatalogue
{
    /// <summary>The kind given as three Pauli probabilities.</summary>
    public const string Pauli = "pauli";

    /// <summary>Every kind.</summary>
    public static Catalogue<NoiseEntry> Catalogue { get; } = new("noise kinds", "models[].noise (classification, vqe)",
    [
        new("depolarizing", "X, Y or Z each with probability p/3 after every gate; p may list levels (a noise study)", PauliNoise.Depolarizing),
        new("bit_flip", "X with probability p after every gate", PauliNoise.BitFlip),
        new("phase_flip", "Z with probability p after every gate", PauliNoise.PhaseFlip),
        new("loss", "qubit loss with probability p after every gate; a lost qubit measures as Loss, which the drivers count as Zero", PauliNoise.QubitLoss),
        new(Pauli, "[px, py, pz]: X, Y and Z with their own probabilities (also written as the bare list)", null),
    ]);
}
