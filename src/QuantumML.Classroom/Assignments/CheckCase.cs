namespace QuantumML.Classroom.Assignments;

/// <summary>One input a check runs the callable on.</summary>
/// <param name="Index">Its position among the check's inputs, from 0.</param>
/// <param name="Input">The text that replaced <c>{x}</c>: a listed input, or a random Double[] literal.</param>
/// <param name="Arguments">The classical arguments of the call (the register, if any, is added after them).</param>
public sealed record CheckCase(int Index, string Input, string Arguments)
{
    /// <summary>The input as a message shows it: each classical parameter with its value, such as
    /// <c>(features = [0.1, 0.2], shots = 100)</c>; <c>()</c> for a callable without classical parameters.</summary>
    public string Describe(Signature signature)
    {
        var values = Signature.SplitTopLevel(Arguments).Select(v => v.Trim()).ToList();
        var names = signature.Classical;
        return values.Count == names.Count
            ? "(" + string.Join(", ", names.Select((p, i) => $"{p.Name} = {values[i]}")) + ")"
            : $"({Arguments})";
    }
}
