using System.Text;
using System.Text.Json;
using QuantumML.IO;

namespace QuantumML.Hamiltonians;

/// <summary>Reads and writes Pauli sums as JSON: <c>{"n_qubits": 2, "terms": [{"coefficient": -1.05, "pauli": "I"}, {"coefficient": 0.39, "pauli": "Z0 Z1"}]}</c>.</summary>
/// <remarks>
/// "pauli" takes the sparse form of the text syntax ("Z0 Z1", "X0*X1", "I") or a dense label over all n_qubits qubits with
/// qubit 0 leftmost ("ZZ", "XIZ"); a dense label of another length is an error, so that a short label is never silently
/// padded. Writing always uses the sparse form, and coefficients are written to round-trip exactly.
/// </remarks>
public static class PauliSumJson
{
    /// <summary>The JSON text of <paramref name="sum"/>.</summary>
    public static string Serialize(PauliSum sum, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(sum);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("n_qubits", sum.QubitCount);
            writer.WriteStartArray("terms");
            foreach (var t in sum.Terms)
            {
                writer.WriteStartObject();
                writer.WriteNumber("coefficient", t.Coefficient);
                writer.WriteString("pauli", t.Pauli.ToString());
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a sum from JSON text.</summary>
    /// <exception cref="PauliSumFormatException">Malformed JSON or a bad field; the message names the JSON path (and the column within a "pauli" label).</exception>
    public static PauliSum Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            return Read(doc.RootElement, "$");
        }
        catch (JsonException e)
        {
            throw new PauliSumFormatException($"Not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Reads a sum from a JSON file; errors are prefixed with the file name.</summary>
    public static PauliSum Load(string path)
    {
        try
        {
            return Deserialize(DataFile.ReadText(path, what: "Hamiltonian file"));
        }
        catch (PauliSumFormatException e)
        {
            throw new PauliSumFormatException($"{Path.GetFileName(path)}: {e.Message}", e);
        }
    }

    /// <summary>Reads the object at <paramref name="element"/>; <paramref name="path"/> names it in error messages.</summary>
    internal static PauliSum Read(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new PauliSumFormatException($"{path}: expected an object with n_qubits and terms.");
        if (!element.TryGetProperty("n_qubits", out var n) || n.ValueKind != JsonValueKind.Number || !n.TryGetInt32(out var qubits)
            || qubits < 0 || qubits > PauliString.MaxQubits)
            throw new PauliSumFormatException($"{path}.n_qubits: required, an integer from 0 to {PauliString.MaxQubits}.");
        if (!element.TryGetProperty("terms", out var terms) || terms.ValueKind != JsonValueKind.Array)
            throw new PauliSumFormatException($"{path}.terms: required, an array of {{\"coefficient\": number, \"pauli\": string}}.");
        var list = new List<PauliTerm>();
        var i = 0;
        foreach (var t in terms.EnumerateArray())
        {
            var at = $"{path}.terms[{i++}]";
            if (t.ValueKind != JsonValueKind.Object) throw new PauliSumFormatException($"{at}: expected an object.");
            if (!t.TryGetProperty("coefficient", out var c) || c.ValueKind != JsonValueKind.Number || !double.IsFinite(c.GetDouble()))
                throw new PauliSumFormatException($"{at}.coefficient: required, a finite number.");
            if (!t.TryGetProperty("pauli", out var p) || p.ValueKind != JsonValueKind.String)
                throw new PauliSumFormatException($"{at}.pauli: required, a string such as \"Z0 Z1\" or \"ZZ\".");
            var label = p.GetString()!;
            var (pauli, width, dense) = PauliSumParser.ParseLabel(label, $"{at}.pauli");
            if (dense && width != qubits)
                throw new PauliSumFormatException($"{at}.pauli: the dense label has {width} letters but n_qubits is {qubits}.");
            if (width > qubits)
                throw new PauliSumFormatException($"{at}.pauli acts on qubit {width - 1} but n_qubits is {qubits}.");
            list.Add(new PauliTerm(c.GetDouble(), pauli));
        }
        return new PauliSum(qubits, list);
    }
}
