using QuantumML.Hamiltonians;

namespace QuantumML.Tests.Hamiltonians;

public sealed class PauliSumJsonTests
{
    [Fact]
    public void RoundTripsThroughSystemTextJson()
    {
        var h = PauliSum.Parse("-1.05 * I + 0.39 * Z0 - 0.39 * Z1 - 0.01 * Z0 Z1 + 0.18 * X0 X1 + 0.1 * Y2", qubitCount: 4);
        var json = PauliSumJson.Serialize(h);
        Assert.Contains("\"n_qubits\": 4", json, StringComparison.Ordinal);
        Assert.Contains("\"pauli\": \"Z0 Z1\"", json, StringComparison.Ordinal);
        var back = PauliSumJson.Deserialize(json);
        Assert.Equal(h.QubitCount, back.QubitCount);
        Assert.Equal(h.Terms, back.Terms);
    }

    [Fact]
    public void ReadsDenseLabelsWithQubitZeroLeftmost()
    {
        var h = PauliSumJson.Deserialize("""{"n_qubits": 3, "terms": [{"coefficient": 0.5, "pauli": "XIZ"}, {"coefficient": -1, "pauli": "I"}]}""");
        Assert.Equal("0.5 * X0 Z2 - 1 * I", h.ToString());
    }

    [Theory]
    [InlineData("""{"terms": []}""", "$.n_qubits: required")]
    [InlineData("""{"n_qubits": 2}""", "$.terms: required")]
    [InlineData("""{"n_qubits": 2, "terms": [{"pauli": "Z0"}]}""", "$.terms[0].coefficient: required")]
    [InlineData("""{"n_qubits": 2, "terms": [{"coefficient": 1, "pauli": "ZZZ"}]}""", "$.terms[0].pauli: the dense label has 3 letters but n_qubits is 2")]
    [InlineData("""{"n_qubits": 2, "terms": [{"coefficient": 1, "pauli": "Z5"}]}""", "$.terms[0].pauli acts on qubit 5")]
    [InlineData("""{"n_qubits": 2, "terms": [{"coefficient": 1, "pauli": "Z0"}, {"coefficient": 1, "pauli": "Z1 Z1"}]}""", "$.terms[1].pauli: column 4: qubit 1 appears twice in one term at 'Z1'")]
    [InlineData("""{"n_qubits": 2, "terms": [""", "Not valid JSON")]
    public void ErrorsNameTheJsonPath(string json, string expected)
    {
        var e = Assert.Throws<PauliSumFormatException>(() => PauliSumJson.Deserialize(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
