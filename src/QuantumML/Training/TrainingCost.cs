using System.Text.Json.Serialization;

namespace QuantumML.Training;

/// <summary>What a training has cost: the quantum circuits it evaluated and the Q# runs it made (zero for classical models).</summary>
/// <param name="CircuitEvaluations">Circuits evaluated.</param>
/// <param name="QSharpRuns">Q# runs made.</param>
public sealed record TrainingCost(long CircuitEvaluations, [property: JsonPropertyName("qsharp_runs")] long QSharpRuns)
{
    /// <summary>Nothing spent.</summary>
    public static TrainingCost None { get; } = new(0, 0);

    /// <summary>The sum of two costs.</summary>
    public static TrainingCost operator +(TrainingCost a, TrainingCost b) =>
        new(a.CircuitEvaluations + b.CircuitEvaluations, a.QSharpRuns + b.QSharpRuns);

    /// <summary>The difference of two costs.</summary>
    public static TrainingCost operator -(TrainingCost a, TrainingCost b) =>
        new(a.CircuitEvaluations - b.CircuitEvaluations, a.QSharpRuns - b.QSharpRuns);

    /// <summary>The sum of two costs (for languages without operators).</summary>
    public static TrainingCost Add(TrainingCost a, TrainingCost b) => a + b;

    /// <summary>The difference of two costs (for languages without operators).</summary>
    public static TrainingCost Subtract(TrainingCost a, TrainingCost b) => a - b;
}
