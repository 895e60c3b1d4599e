namespace QuantumML.QSharp.Tests.Simulation;

/// <summary>Random circuits of H, X, Ry, Rz, CNOT and CZ on 1 to 4 qubits.</summary>
internal static class RandomCircuit
{
    public static (int Qubits, List<Gate> Gates) Make(Random random)
    {
        var n = random.Next(1, 5);
        var gates = new List<Gate>();
        var count = random.Next(1, 16);
        for (var g = 0; g < count; g++)
        {
            var kinds = n > 1 ? new[] { "H", "X", "Ry", "Rz", "CNOT", "CZ" } : ["H", "X", "Ry", "Rz"];
            var kind = kinds[random.Next(kinds.Length)];
            if (kind is "CNOT" or "CZ")
            {
                var c = random.Next(n);
                var t = (c + 1 + random.Next(n - 1)) % n;
                gates.Add(new Gate(kind, [c, t]));
            }
            else
            {
                gates.Add(new Gate(kind, [random.Next(n)], (random.NextDouble() * 2 - 1) * 2 * Math.PI));
            }
        }
        return (n, gates);
    }
}
