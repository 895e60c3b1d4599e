namespace QuantumML.QSharp;

/// <summary>Pauli noise the simulator applies after every gate: X, Y and Z with these probabilities; optionally
/// also qubit loss.</summary>
/// <param name="PX">Probability of an X error; range 0 ≤ p and PX + PY + PZ ≤ 1.</param>
/// <param name="PY">Probability of a Y error.</param>
/// <param name="PZ">Probability of a Z error.</param>
public sealed record PauliNoise(double PX, double PY, double PZ)
{
    /// <summary>Bit-flip noise: X with probability <paramref name="p"/>.</summary>
    public static PauliNoise BitFlip(double p) => new(p, 0, 0);

    /// <summary>Depolarizing noise: X, Y and Z each with probability <paramref name="p"/>/3.</summary>
    public static PauliNoise Depolarizing(double p) => new(p / 3, p / 3, p / 3);

    /// <summary>Phase-flip noise: Z with probability <paramref name="p"/>.</summary>
    public static PauliNoise PhaseFlip(double p) => new(0, 0, p);

    /// <summary>Qubit loss alone: after each gate a qubit is lost with probability <paramref name="p"/>.</summary>
    /// <remarks>In qsharp-lang's model a lost qubit measures as a third result, <c>Loss</c> (neither Zero nor One;
    /// seen: X then M with loss 0.3 per operation gave Loss in 106 of 200 shots, 1 − 0.7² = 0.51). The project's
    /// batch drivers test <c>r == One</c>, so they count a lost qubit as Zero.</remarks>
    public static PauliNoise QubitLoss(double p) => new(0, 0, 0) { Loss = p };

    /// <summary>Probability that a qubit is lost after each gate; range [0, 1].</summary>
    public double Loss { get; init; }

    /// <summary>Throws when a probability is out of range.</summary>
    public void Validate()
    {
        foreach (var (name, p) in new[] { ("px", PX), ("py", PY), ("pz", PZ) })
        {
            if (!(p >= 0 && p <= 1))
                throw new ArgumentException($"noise probability {name} is {p}; it must be in [0, 1].", name);
        }
        if (!(Loss >= 0 && Loss <= 1))
            throw new ArgumentException($"qubit loss probability is {Loss}; it must be in [0, 1].", nameof(Loss));
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
