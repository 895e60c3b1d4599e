#:project ../src/QuantumML.Api
#:property PublishAot=false
// Grades one Q# file against the assignment assignments/qml-intro (as qml grade does for a class): the reference
// solution, then the empty template. Run: dotnet run examples/grade.cs [-- FILE.qs]
using QuantumML.Api;

var files = args.Length > 0 ? args : ["assignments/qml-intro/reference/Exercises.qs", "assignments/qml-intro/template/Exercises.qs"];
foreach (var file in files)
{
    var grade = await Grading.GradeFileAsync("assignments/qml-intro", file);
    Console.WriteLine($"{file}: {grade.Points} of {grade.MaxPoints} points");
    foreach (var e in grade.Exercises)
        Console.WriteLine($"  {e.Exercise.Id,-24} {e.Status,-13} {e.Points}/{e.Exercise.Points}{(e.Message.Length > 0 ? "  " + e.Message.Split('\n')[0] : "")}");
}
