using System.Text.Json;

namespace QuantumML.QSharp.Circuits;

/// <summary>Reads the QDK tracer's circuit JSON (<c>{"qubits":[…],"componentGrid":[{"components":[…]}]}</c>, format
/// version 2 of qsharp-lang's <c>data-structures/circuit.d.ts</c>) into a <see cref="Circuit"/>.</summary>
internal static class CircuitJson
{
    public static Circuit Parse(string expression, JsonElement root, CircuitGeneration generation, int maxOperations)
    {
        var qubits = new List<CircuitQubit>();
        foreach (var q in root.GetProperty("qubits").EnumerateArray())
            qubits.Add(new CircuitQubit(q.GetProperty("id").GetInt32(), q.TryGetProperty("numResults", out var r) ? r.GetInt32() : 0));
        var operations = new List<CircuitOperation>();
        AddGrid(root.GetProperty("componentGrid"), operations);
        return new Circuit(expression, qubits, operations)
        {
            Generation = generation,
            MayBeTruncated = operations.Count >= maxOperations,
        };
    }

    // The grid's columns hold operations on disjoint qubits, so reading it column by column keeps every qubit's order.
    private static void AddGrid(JsonElement grid, List<CircuitOperation> operations)
    {
        foreach (var column in grid.EnumerateArray())
        {
            foreach (var component in column.GetProperty("components").EnumerateArray())
            {
                // A grouped operation (a scope) lists its gates as children; only the gates are kept.
                if (component.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array && children.GetArrayLength() > 0)
                    AddGrid(children, operations);
                else
                    operations.Add(Operation(component));
            }
        }
    }

    private static CircuitOperation Operation(JsonElement op)
    {
        var gate = op.GetProperty("gate").GetString() ?? "";
        var arguments = op.TryGetProperty("args", out var args) ? args.EnumerateArray().Select(a => a.GetString() ?? "").ToList() : [];
        var conditional = Flag(op, "isConditional");
        switch (op.GetProperty("kind").GetString())
        {
            case "measurement":
                return new CircuitOperation(OperationKind.Measurement, gate, Registers(op, "qubits").Select(r => r.Qubit).ToList(), [], arguments)
                {
                    Results = Registers(op, "results").Select(r => r.Result ?? 0).ToList(),
                    IsConditional = conditional,
                };
            case "ket":
                return new CircuitOperation(OperationKind.Reset, gate, Registers(op, "targets").Select(r => r.Qubit).ToList(), [], arguments)
                {
                    IsConditional = conditional,
                };
            default:
                // A control on a classical result (a classically controlled gate) is a condition, not a qubit control.
                var controls = Registers(op, "controls");
                return new CircuitOperation(
                    OperationKind.Unitary,
                    gate,
                    Registers(op, "targets").Select(r => r.Qubit).ToList(),
                    controls.Where(r => r.Result is null).Select(r => r.Qubit).ToList(),
                    arguments)
                {
                    IsAdjoint = Flag(op, "isAdjoint"),
                    IsConditional = conditional || controls.Any(r => r.Result is not null),
                };
        }
    }

    private static List<(int Qubit, int? Result)> Registers(JsonElement op, string name)
    {
        var list = new List<(int, int?)>();
        if (!op.TryGetProperty(name, out var registers) || registers.ValueKind != JsonValueKind.Array) return list;
        foreach (var r in registers.EnumerateArray())
            list.Add((r.GetProperty("qubit").GetInt32(), r.TryGetProperty("result", out var res) && res.ValueKind == JsonValueKind.Number ? res.GetInt32() : null));
        return list;
    }

    private static bool Flag(JsonElement op, string name) =>
        op.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
