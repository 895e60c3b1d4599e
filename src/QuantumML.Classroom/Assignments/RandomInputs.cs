namespace QuantumML.Classroom.Assignments;

/// <summary>Seeded random Double[] inputs: <paramref name="Count"/> vectors of <paramref name="Length"/> values, uniform in [min, max].</summary>
/// <param name="Count">How many vectors; range ≥ 1.</param>
/// <param name="Length">Values per vector; range ≥ 1.</param>
/// <param name="Min">Lower bound.</param>
/// <param name="Max">Upper bound, above <paramref name="Min"/>.</param>
public sealed record RandomInputs(int Count, int Length, double Min, double Max);
