namespace QuantumML.Classroom.Katas;

/// <summary>One of the Quantum Katas: a tutorial of lessons and exercises on one topic.</summary>
/// <param name="Id">The kata's id, for example <c>single_qubit_gates</c>.</param>
/// <param name="Title">Its title, for example "Single-Qubit Gates".</param>
/// <param name="Published">Whether the Katas site lists it; unpublished katas ship too, still being written.</param>
/// <param name="Exercises">Its exercises, in the kata's order.</param>
public sealed record Kata(string Id, string Title, bool Published, IReadOnlyList<KataExercise> Exercises);
