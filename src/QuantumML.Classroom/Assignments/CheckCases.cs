using System.Text;
using MathNet.Numerics.Random;
using QuantumML.QSharp;

namespace QuantumML.Classroom.Assignments;

/// <summary>The inputs of an exercise's check: the listed ones, then the random ones, which follow from the assignment's
/// seed and the exercise's id alone, so every student gets the same.</summary>
public static class CheckCases
{
    /// <summary>Random values are rounded to this many decimals, so that messages can show them exactly as they were used.</summary>
    public const int Decimals = 3;

    /// <summary>Every input of <paramref name="exercise"/>'s check.</summary>
    public static IReadOnlyList<CheckCase> Of(Exercise exercise, long assignmentSeed)
    {
        var check = exercise.Check;
        var inputs = check.Inputs.ToList();
        if (check.Random is { } random)
        {
            var rng = new MersenneTwister(Seed(assignmentSeed, exercise.Id));
            for (var c = 0; c < random.Count; c++)
            {
                var vector = new double[random.Length];
                for (var i = 0; i < vector.Length; i++)
                    vector[i] = Math.Round(random.Min + (random.Max - random.Min) * rng.NextDouble(), Decimals);
                inputs.Add(QSharpLiteral.Array(vector));
            }
        }
        return inputs.Select((input, i) => new CheckCase(i, input, check.Arguments.Replace("{x}", input, StringComparison.Ordinal))).ToList();
    }

    /// <summary>A seed from the assignment's and the exercise id (FNV-1a: string.GetHashCode differs between processes).</summary>
    private static int Seed(long assignmentSeed, string id)
    {
        var hash = 2166136261u ^ (uint)assignmentSeed ^ (uint)(assignmentSeed >> 32);
        foreach (var b in Encoding.UTF8.GetBytes(id))
            hash = (hash ^ b) * 16777619u;
        return (int)(hash & 0x7fffffff);
    }
}
