using System.Globalization;
using QuantumML.QSharp;

namespace QuantumML.Cli;

/// <summary>Prints a state dump as one line per basis state with a non-zero amplitude.</summary>
internal static class StateDumpText
{
    public static void Write(TextWriter writer, StateDump dump)
    {
        writer.WriteLine($"State ({dump.QubitCount} qubit(s), qubit 0 leftmost):");
        for (var i = 0; i < dump.Amplitudes.Length; i++)
        {
            var a = dump.Amplitudes[i];
            var p = a.Real * a.Real + a.Imaginary * a.Imaginary;
            if (p < 1e-12) continue;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {dump.Label(i)}  {a.Real,10:0.000000} {(a.Imaginary < 0 ? '-' : '+')} {Math.Abs(a.Imaginary):0.000000}i   p = {p:0.000000}"));
        }
    }
}
