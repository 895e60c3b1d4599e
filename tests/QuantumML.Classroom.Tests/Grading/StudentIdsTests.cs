using QuantumML.Classroom.Grading;

namespace QuantumML.Classroom.Tests.Grading;

public sealed class StudentIdsTests
{
    [Fact]
    public void ASafeNameIsItsOwnId() => Assert.Equal(["alice", "bob_2", "c.d-e"], StudentIds.Assign(["alice", "bob_2", "c.d-e"]));

    [Fact]
    public void NamesThatCleanToTheSameFileNameGetDistinctIdsThatDependOnTheNameAlone()
    {
        var ids = StudentIds.Assign(["a,b", "a b", "a_b"]);

        Assert.Equal("a_b", ids[2]);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(StudentIds.Assign(["a b"])[0], ids[1]);
        Assert.Matches("^a_b-[0-9a-f]{8}$", ids[0]);
    }

    [Fact]
    public void IdsDifferingOnlyInCaseAreSeparatedForCaseInsensitiveFileSystems()
    {
        var ids = StudentIds.Assign(["Ann", "ann"]);

        Assert.Equal(2, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("Ann", ids[0]);
        Assert.Equal("ann-2", ids[1]);
    }

    [Theory]
    [InlineData(".hidden")]
    [InlineData("-rf")]
    [InlineData("..")]
    [InlineData("../../etc/passwd")]
    [InlineData("José")]
    [InlineData("line\nbreak")]
    public void AnUnsafeNameBecomesAFileNameThatIsNeitherHiddenNorAnOptionNorAPath(string name)
    {
        var id = StudentIds.Of(name);

        Assert.Matches("^[A-Za-z0-9_][A-Za-z0-9._-]*-[0-9a-f]{8}$", id);
        Assert.DoesNotContain('/', id);
    }

    [Fact]
    public void AVeryLongNameGivesAShortId() => Assert.True(StudentIds.Of(new string('x', 300)).Length <= 64 + 9);
}
