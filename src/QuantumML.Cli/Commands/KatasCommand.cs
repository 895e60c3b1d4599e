using System.CommandLine;
using QuantumML.Classroom.Katas;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml katas</c>: the Quantum Katas shipped with the Q# compiler, offline: list, show, check.</summary>
internal sealed class KatasCommand : Command
{
    public KatasCommand() : base("katas", "The Quantum Katas, offline: list the exercises, show one, check a solution.")
    {
        Subcommands.Add(new KatasListCommand());
        Subcommands.Add(new KatasShowCommand());
        Subcommands.Add(new KatasCheckCommand());
    }

    /// <summary>The exercise id argument of <c>show</c> and <c>check</c>.</summary>
    public static Argument<string> ExerciseId() => new("id")
    {
        Description = "An exercise id, as 'qml katas list' prints it (for example single_qubit_gates__y_gate).",
    };

    /// <summary>The exercise with <paramref name="id"/>; an unknown id is a usage error that suggests close ones.</summary>
    public static KataExercise Find(KataCatalog catalog, string id)
    {
        try
        {
            return catalog.Find(id);
        }
        catch (KataNotFoundException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
