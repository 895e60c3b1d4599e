using System.Text;
using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;
using QuantumML.QSharp;

namespace QuantumML.Qaoa;

/// <summary>An Ising cost C(z) = offset + Σ hᵢzᵢ + Σ Jᵢⱼzᵢzⱼ over zᵢ = ±1 (+1 for qubit state |0⟩), to minimize with QAOA.</summary>
/// <param name="Qubits">Variables (qubits); at most 24 for state-vector evaluation.</param>
/// <param name="Linear">(i, hᵢ) fields.</param>
/// <param name="Quadratic">(i, j, Jᵢⱼ) couplings, i ≠ j.</param>
/// <param name="Offset">A constant, so that C can equal a problem's own objective (e.g. minus a cut).</param>
public sealed record QaoaProblem(int Qubits, IReadOnlyList<(int I, double H)> Linear, IReadOnlyList<(int I, int J, double Coupling)> Quadratic, double Offset = 0)
{
    /// <summary>The cost of an Ising model, C(z) = E(z) for every assignment (spin +1 on qubit state |0⟩).</summary>
    public static QaoaProblem FromIsing(IsingModel ising)
    {
        ArgumentNullException.ThrowIfNull(ising);
        return new(
            ising.SpinCount,
            [.. ising.Fields.Select((h, i) => (i, h)).Where(t => t.h != 0)],
            [.. ising.Couplings.Select(c => (c.I, c.J, c.Value))],
            ising.Offset);
    }

    /// <summary>The spins of basis state <paramref name="index"/> (qubit 0 the most significant bit; bit 1 is spin −1).</summary>
    public sbyte[] Spins(int index) => [.. Enumerable.Range(0, Qubits).Select(i => ((index >> (Qubits - 1 - i)) & 1) == 0 ? (sbyte)1 : (sbyte)-1)];

    /// <summary>The cost of every basis state, index bits read with qubit 0 most significant (bit 1 means zᵢ = −1).</summary>
    public double[] Costs()
    {
        if (Qubits is < 1 or > 24) throw new InvalidOperationException($"QAOA state vectors need 1 to 24 qubits, not {Qubits}.");
        var costs = new double[1 << Qubits];
        for (var index = 0; index < costs.Length; index++) costs[index] = Cost(index);
        return costs;
    }

    /// <summary>The cost of one basis state.</summary>
    public double Cost(int index)
    {
        double Z(int i) => ((index >> (Qubits - 1 - i)) & 1) == 0 ? 1 : -1;
        var c = Offset;
        foreach (var (i, h) in Linear) c += h * Z(i);
        foreach (var (i, j, coupling) in Quadratic) c += coupling * Z(i) * Z(j);
        return c;
    }

    /// <summary>The Q# circuit, partially applied: <c>Qaoa.ApplyQaoaCircuit(linear, quadratic, _, _)</c>.</summary>
    public string CircuitExpression()
    {
        var text = new StringBuilder("Qaoa.ApplyQaoaCircuit([");
        text.AppendJoin(", ", Linear.Select(t => $"({t.I}, {QSharpLiteral.Of(t.H)})"));
        text.Append("], [");
        text.AppendJoin(", ", Quadratic.Select(t => $"({t.I}, {t.J}, {QSharpLiteral.Of(t.Coupling)})"));
        text.Append("], _, _)");
        return text.ToString();
    }
}
