using QuantumML.Classroom.Assignments;

namespace QuantumML.Classroom.Tests.Assignments;

public sealed class AssignmentLoaderTests
{
    [Fact]
    public void TheShippedAssignmentLoads()
    {
        var a = AssignmentLoader.Load(TestPaths.QmlIntro);

        Assert.Equal("qml-intro", a.Name);
        Assert.Equal(9, a.Exercises.Count);
        Assert.Equal(20, a.MaxPoints);
        Assert.Equal(2025, a.Seed);
        Assert.Equal(
            ["state", "encoding", "ansatz", "operation", "statistics", "expectation", "gradient", "operation", "values"],
            a.Exercises.Select(e => e.Check.Kind.Name()));
        var swap = a.Exercises.Single(e => e.Id == "swap-test");
        Assert.Equal((400, 2000, 0.001), (swap.Check.Shots, swap.Check.ReferenceShots, swap.Check.Significance));
        Assert.Equal(TimeSpan.FromSeconds(10), swap.TimeLimit);
        Assert.Equal(8, swap.QubitLimit);
        Assert.Equal([""], a.Exercises.Single(e => e.Id == "entangling-layer").Check.Inputs);
    }

    /// <summary>Copies qml-intro into a temporary folder with its assignment.json edited.</summary>
    private static string Broken(Func<string, string> edit)
    {
        var folder = Path.Combine(TestPaths.TempFolder(), "broken");
        foreach (var file in Directory.EnumerateFiles(TestPaths.QmlIntro, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(TestPaths.QmlIntro, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var json = Path.Combine(folder, "assignment.json");
        File.WriteAllText(json, edit(File.ReadAllText(json)));
        return folder;
    }

    [Theory]
    [InlineData("\"kind\": \"state\"", "\"kind\": \"sate\"", "$.exercises[0].check.kind is 'sate'; allowed: operation, state, values, statistics, encoding, ansatz, expectation, gradient")]
    [InlineData("\"points\": 2,\n      \"check\": { \"kind\": \"state\"", "\"pionts\": 2,\n      \"check\": { \"kind\": \"state\"", "$.exercises[0].pionts is not a known field here")]
    [InlineData("\"qubits\": 3, \"inputs\": [\"[true", "\"inputs\": [\"[true", "$.exercises[0].check.qubits is required")]
    [InlineData("operation PrepareBasisState(bits : Bool[], qubits : Qubit[]) : Unit is Adj + Ctl", "function PrepareBasisState(bits : Bool[]) : Int", "$.exercises[0].check.kind 'state': the callable 'function PrepareBasisState(bits : Bool[]) : Int' must be an operation returning Unit")]
    [InlineData("operation PrepareBasisState(bits : Bool[], qubits : Qubit[])", "operation PrepareBasisState(bits : Bool[], qubits Qubit[])", "$.exercises[0].signature: parameter 'qubits Qubit[]' is not 'NAME : TYPE'")]
    [InlineData("\"id\": \"angle-encoding\"", "\"id\": \"basis-encoding\"", "$.exercises[1].id 'basis-encoding' is used twice")]
    [InlineData("\"observable\": [2]", "\"observable\": [3]", "$.exercises[5].check.observable must list distinct qubits in [0, 2]")]
    public void ABrokenFieldIsNamedByItsJsonPath(string find, string replace, string expected)
    {
        var folder = Broken(json => json.Contains(find, StringComparison.Ordinal) ? json.Replace(find, replace, StringComparison.Ordinal) : throw new InvalidOperationException(find));

        var e = Assert.Throws<AssignmentException>(() => AssignmentLoader.Load(folder));

        Assert.StartsWith(Path.Combine(folder, "assignment.json") + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidJsonIsNamedByLineAndColumn()
    {
        var folder = Broken(json => json.Replace("\"seed\": 2025,", "\"seed\": 2025,,", StringComparison.Ordinal));

        var e = Assert.Throws<AssignmentException>(() => AssignmentLoader.Load(folder));

        Assert.StartsWith(Path.Combine(folder, "assignment.json") + ":4:", e.Message, StringComparison.Ordinal);
        Assert.Contains("invalid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutItsReferenceIsRefused()
    {
        var folder = Broken(json => json);
        Directory.Delete(Path.Combine(folder, "reference"), recursive: true);

        var e = Assert.Throws<AssignmentException>(() => AssignmentLoader.Load(folder));

        Assert.Equal($"{Path.Combine(folder, "reference")}: no .qs files; an assignment needs its reference/ folder with Q# sources", e.Message);
    }
}
