namespace QuantumML.QSharp;

/// <summary>Pauli noise the simulator applies after every gate: X, Y and Z with these probabilities.</summary>
/// <param name="PX">Probability of an X error; range 0 ≤ p and PX + PY + PZ ≤ 1.</param>
/// <param name="PY">Probability of a Y error.</param>
/// <param name="PZ">Probability of a Z error.</param>
public sealed record PauliNoise(double PX, double PY, double PZ)
{
    /// <summary>Bit-flip noise: X with probability <paramref name="p"/>.</summary>
    public static PauliNoise BitFlip(double p) => new(p, 0, 0);

    /// <summary>Depolarizing noise: X, Y and Z each with probability <paramref name="p"/>/3.</summary>
    public static PauliNoise Depolarizing(double p) => new(p / 3, p / 3, p / 3);

    /// <summary>Throws when a probability is out of range.</summary>
    public void Validate()
    {
        foreach (var (name, p) in new[] { ("px", PX), ("py", PY), ("pz", PZ) })
        {
            if (!(p >= 0 && p <= 1))
                throw new ArgumentException($"noise probability {name} is {p}; it must be in [0, 1].", name);
        }
        if (PX + PY + PZ > 1 + 1e-12)
            throw new ArgumentException($"noise probabilities px + py + pz = {PX + PY + PZ} exceed 1.");
    }

    /// <summary>Parses <c>PX,PY,PZ</c> (as the command line takes it).</summary>
    public static PauliNoise Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || !parts.All(p => double.TryParse(p, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)))
            throw new FormatException($"'{text}' is not noise; expected three probabilities PX,PY,PZ such as 0.01,0,0.");
        var v = parts.Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var noise = new PauliNoise(v[0], v[1], v[2]);
        noise.Validate();
        return noise;
    }
}
