using QuantumML.Classroom;

namespace QuantumML.Classroom.Tests;

public sealed class ClassroomInfoTests
{
    [Fact]
    public void AssignmentsLiveInTheirTopLevelFolder() => Assert.Equal("assignments", ClassroomInfo.AssignmentsFolder);
}
