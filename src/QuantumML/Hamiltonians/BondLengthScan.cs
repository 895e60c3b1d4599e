using System.Text.Json;
using QuantumML.IO;

namespace QuantumML.Hamiltonians;

/// <summary>A molecule's qubit Hamiltonians over a range of bond lengths, as stored in <c>experiments/data/h2-sto3g.json</c>.</summary>
/// <param name="Molecule">The molecule, e.g. "H2".</param>
/// <param name="Basis">The basis set, e.g. "STO-3G".</param>
/// <param name="Points">The bond lengths, in file order.</param>
public sealed record BondLengthScan(string Molecule, string Basis, IReadOnlyList<BondLengthPoint> Points)
{
    /// <summary>The point at <paramref name="bondLength"/> ångström (to 1e-9).</summary>
    /// <exception cref="KeyNotFoundException">The scan has no such bond length; the message lists those it has.</exception>
    public BondLengthPoint At(double bondLength) =>
        Points.FirstOrDefault(p => Math.Abs(p.BondLength - bondLength) < 1e-9)
        ?? throw new KeyNotFoundException($"No {Molecule} Hamiltonian at {bondLength} Å; the scan has {string.Join(", ", Points.Select(p => p.BondLength))}.");

    /// <summary>Reads a scan file: molecule, basis, and bond_lengths[] with jordan_wigner and reduced Pauli sums.</summary>
    /// <exception cref="PauliSumFormatException">A field is missing or malformed; the message names the file and the JSON path.</exception>
    public static BondLengthScan Load(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var doc = JsonDocument.Parse(DataFile.ReadText(path, what: "bond-length scan"));
            var root = doc.RootElement;
            var points = new List<BondLengthPoint>();
            var i = 0;
            foreach (var e in Required(root, "$", "bond_lengths", JsonValueKind.Array).EnumerateArray())
            {
                var at = $"$.bond_lengths[{i++}]";
                var reference = e.TryGetProperty("reference_fci_energy", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetDouble() : (double?)null;
                points.Add(new BondLengthPoint(
                    Required(e, at, "bond_length", JsonValueKind.Number).GetDouble(),
                    Required(e, at, "source", JsonValueKind.String).GetString()!,
                    Required(e, at, "nuclear_repulsion", JsonValueKind.Number).GetDouble(),
                    Required(e, at, "exact_ground_energy", JsonValueKind.Number).GetDouble(),
                    reference,
                    Required(e, at, "hartree_fock_energy", JsonValueKind.Number).GetDouble(),
                    PauliSumJson.Read(Required(e, at, "jordan_wigner", JsonValueKind.Object), $"{at}.jordan_wigner"),
                    PauliSumJson.Read(Required(e, at, "reduced", JsonValueKind.Object), $"{at}.reduced")));
            }
            return new BondLengthScan(
                Required(root, "$", "molecule", JsonValueKind.String).GetString()!,
                Required(root, "$", "basis", JsonValueKind.String).GetString()!,
                points);
        }
        catch (JsonException e)
        {
            throw new PauliSumFormatException($"{name}: not valid JSON: {e.Message}", e);
        }
        catch (PauliSumFormatException e)
        {
            throw new PauliSumFormatException($"{name}: {e.Message}", e);
        }
    }

    private static JsonElement Required(JsonElement parent, string path, string property, JsonValueKind kind)
    {
        if (!parent.TryGetProperty(property, out var value) || value.ValueKind != kind)
            throw new PauliSumFormatException($"{path}.{property}: required, of JSON type {kind.ToString().ToLowerInvariant()}.");
        return value;
    }
}
