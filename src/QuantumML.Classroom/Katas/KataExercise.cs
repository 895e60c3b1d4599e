using QuantumML.QSharp;

namespace QuantumML.Classroom.Katas;

/// <summary>One exercise of a kata: what to do, where a student starts, how it is checked, and the reference answers.</summary>
/// <param name="Id">The exercise's id, unique across all katas, for example <c>single_qubit_gates__y_gate</c>.</param>
/// <param name="KataId">The id of the kata it belongs to.</param>
/// <param name="KataTitle">The title of that kata.</param>
/// <param name="Title">The exercise's title.</param>
/// <param name="Description">The task as Markdown, with LaTeX between <c>$</c> signs.</param>
/// <param name="Template">The Q# code a student starts from (namespace <c>Kata</c>, the callable to complete).</param>
/// <param name="ReferenceSolutions">The reference solutions of the explained solution, at least one.</param>
/// <param name="Sources">The verification code and the libraries it uses, compiled with the student's code; each path
/// is the package's name for the source (for example <c>single_qubit_gates__y_gate__Verification.qs</c>).</param>
/// <param name="Hints">Hints, as Markdown; often none.</param>
public sealed record KataExercise(
    string Id,
    string KataId,
    string KataTitle,
    string Title,
    string Description,
    string Template,
    IReadOnlyList<string> ReferenceSolutions,
    IReadOnlyList<QSharpSource> Sources,
    IReadOnlyList<string> Hints)
{
    /// <summary>The first reference solution, the one the explanation leads to.</summary>
    public string ReferenceSolution => ReferenceSolutions[0];
}
