using System.Text.Json;

namespace QuantumML.QSharp.Supervision;

/// <summary>Reads a circuit traced with scopes grouped and source locations on (see <see cref="QSharpRuntime.TraceQubitsAsync"/>).</summary>
/// <remarks>The trace is <c>{"qubits":[{"id","declarations":[{file,line,column}]}], "componentGrid":[{"components":[…]}]}</c>;
/// a component is a gate, or a callable's group whose <c>children</c> is a grid of its own; lines and columns are 0-based.</remarks>
internal static class QubitScopes
{
    public static IReadOnlyList<ScopeQubits> Read(JsonElement circuit)
    {
        var declarations = new Dictionary<int, List<SourceLocation>>();
        foreach (var qubit in circuit.GetProperty("qubits").EnumerateArray())
        {
            var sites = new List<SourceLocation>();
            if (qubit.TryGetProperty("declarations", out var list))
            {
                foreach (var d in list.EnumerateArray())
                    sites.Add(new SourceLocation(d.GetProperty("file").GetString() ?? "", d.GetProperty("line").GetInt32() + 1, d.GetProperty("column").GetInt32() + 1));
            }
            declarations[qubit.GetProperty("id").GetInt32()] = sites;
        }

        var top = Components(circuit.GetProperty("componentGrid")).ToList();
        // The traced operation is itself one group around everything it calls.
        if (top.Count == 1 && top[0].TryGetProperty("children", out var inner))
            top = Components(inner).ToList();
        var scopes = new List<ScopeQubits>();
        foreach (var component in top)
        {
            var highest = HighestQubit(component);
            if (highest < 0) continue;
            scopes.Add(new ScopeQubits(component.GetProperty("gate").GetString() ?? "", highest + 1,
                declarations.TryGetValue(highest, out var sites) ? sites : []));
        }
        return scopes;
    }

    private static IEnumerable<JsonElement> Components(JsonElement grid) =>
        grid.EnumerateArray().SelectMany(column => column.GetProperty("components").EnumerateArray());

    private static int HighestQubit(JsonElement component)
    {
        var highest = -1;
        foreach (var role in new[] { "targets", "controls" })
        {
            if (!component.TryGetProperty(role, out var registers)) continue;
            foreach (var register in registers.EnumerateArray())
                highest = Math.Max(highest, register.GetProperty("qubit").GetInt32());
        }
        if (component.TryGetProperty("children", out var children))
        {
            foreach (var child in Components(children))
                highest = Math.Max(highest, HighestQubit(child));
        }
        return highest;
    }
}
