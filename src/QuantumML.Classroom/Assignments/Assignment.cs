namespace QuantumML.Classroom.Assignments;

/// <summary>An assignment folder: <c>assignment.json</c>, <c>template/</c> (what students get) and <c>reference/</c>
/// (the teacher's solution).</summary>
/// <param name="Name">The folder's name; grades go to <c>grades/NAME/</c>.</param>
/// <param name="Directory">The folder.</param>
/// <param name="Title">The title.</param>
/// <param name="Seed">Seeds the random inputs and every simulator run, so that grading repeats exactly.</param>
/// <param name="Exercises">The exercises, in order.</param>
public sealed record Assignment(string Name, string Directory, string Title, long Seed, IReadOnlyList<Exercise> Exercises)
{
    /// <summary>The assignment file's name.</summary>
    public const string FileName = "assignment.json";

    /// <summary>The folder of the files students start from.</summary>
    public const string TemplateFolder = "template";

    /// <summary>The folder of the teacher's solution.</summary>
    public const string ReferenceFolder = "reference";

    /// <summary>What the assignment is about (Markdown); may be empty.</summary>
    public string Description { get; init; } = "";

    /// <summary>The total of every exercise's points.</summary>
    public int MaxPoints => Exercises.Sum(e => e.Points);

    /// <summary>The <c>template/</c> folder.</summary>
    public string TemplateDirectory => Path.Combine(Directory, TemplateFolder);

    /// <summary>The <c>reference/</c> folder.</summary>
    public string ReferenceDirectory => Path.Combine(Directory, ReferenceFolder);
}
