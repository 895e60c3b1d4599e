using System.Text.Json;
using QuantumML.Combinatorial.Formats;
using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Tests.Combinatorial;

public sealed class SolutionWriterTests
{
    [Fact]
    public void WritesBitsSpinsCutAndEnergy()
    {
        var problem = ProblemLoader.Parse("4 4\n1 2 1\n2 3 1\n3 4 1\n4 1 1\n", "square.txt");
        var result = new TabuSearch().Solve(problem.Ising, new SolverOptions { Reads = 2 });
        using var json = JsonDocument.Parse(SolutionWriter.ToJson(problem, result));
        var root = json.RootElement;
        Assert.Equal("square", root.GetProperty("problem").GetString());
        Assert.Equal("maxcut", root.GetProperty("kind").GetString());
        Assert.Equal(4, root.GetProperty("cut").GetDouble());
        Assert.Equal(4, root.GetProperty("objective").GetDouble());
        Assert.Equal(-4, root.GetProperty("energy").GetDouble());
        var bits = root.GetProperty("bits").GetString();
        Assert.True(bits is "0101" or "1010", bits);
        Assert.Equal(Spins.FromBits(bits!.Select(c => c == '1').ToArray()), root.GetProperty("spins").EnumerateArray().Select(e => (sbyte)e.GetInt32()));
        Assert.Equal(4, root.GetProperty("trace").EnumerateArray().Last()[1].GetDouble());
    }
}
