namespace QuantumML.Hamiltonians;

/// <summary>Partitions a Hamiltonian's terms into qubit-wise commuting groups, each measurable with one basis rotation.</summary>
public static class QubitWiseGrouping
{
    /// <summary>Greedy grouping, largest |coefficient| first: each term joins the first group it is qubit-wise compatible
    /// with (on every qubit both act on, the same Pauli), else opens a new group.</summary>
    /// <remarks>Largest-first puts the terms that dominate the variance into the fewest, earliest groups; ties keep the
    /// Hamiltonian's order, so the result is deterministic. Identity terms join the first group (their value is always 1).
    /// Greedy is not optimal (minimum grouping is graph colouring, NP-hard) but is the usual first choice, e.g. PennyLane's
    /// <c>qml.pauli.group_observables</c> with its default "lf" (largest first) colouring.</remarks>
    public static IReadOnlyList<MeasurementGroup> Group(PauliSum hamiltonian)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        var groups = new List<(ulong X, ulong Z, List<int> Members)>();
        var order = Enumerable.Range(0, hamiltonian.Terms.Count).OrderByDescending(i => Math.Abs(hamiltonian.Terms[i].Coefficient));
        foreach (var i in order)
        {
            var p = hamiltonian.Terms[i].Pauli;
            var placed = false;
            for (var g = 0; g < groups.Count && !placed; g++)
            {
                var (x, z, members) = groups[g];
                var basis = new PauliString(x, z);
                if (!basis.QubitWiseCommutesWith(p)) continue;
                groups[g] = (x | p.XMask, z | p.ZMask, members);
                members.Add(i);
                placed = true;
            }
            if (!placed) groups.Add((p.XMask, p.ZMask, [i]));
        }
        return groups.Select(g =>
        {
            var basis = new PauliString(g.X, g.Z);
            var indices = g.Members.ToArray();
            return new MeasurementGroup(
                hamiltonian.QubitCount,
                Enumerable.Range(0, hamiltonian.QubitCount).Select(q => basis[q]).ToArray(),
                indices.Select(i => hamiltonian.Terms[i]).ToArray(),
                indices);
        }).ToArray();
    }
}
