namespace QuantumML.Classroom;

/// <summary>Facts about the classroom layer shared by katas, assignments and grading.</summary>
public static class ClassroomInfo
{
    /// <summary>The folder, relative to the repository root, that holds example assignments.</summary>
    public const string AssignmentsFolder = "assignments";
}
