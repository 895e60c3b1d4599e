using System.Globalization;
using System.Numerics;
using System.Text;
using QuantumML.QSharp;
using QuantumML.Simulation.Tapes;

namespace QuantumML.Simulation.Checks;

/// <summary>Checks a tape against the QDK simulator: the final states of a few points, from the compiled engine and from the
/// QDK's <c>DumpMachine</c>, must agree to <see cref="Tolerance"/> in every amplitude, global phase aside.</summary>
public static class EquivalenceCheck
{
    /// <summary>The largest amplitude difference accepted.</summary>
    public const double Tolerance = 1e-10;

    /// <summary>Compares the tape with the QDK simulator at <paramref name="points"/>.</summary>
    /// <returns>The comparison; <see cref="EquivalenceReport.Passed"/> says whether the tape may be trusted.</returns>
    /// <exception cref="QSharpException">The QDK simulator itself failed on a point (a <c>Fact</c> fired): the circuit's own error.</exception>
    public static async Task<EquivalenceReport> RunAsync(QSharpRuntime runtime, QSharpProject project, Tape tape,
        IReadOnlyList<(double[] X, double[] Theta)> points, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(tape);
        if (points.Count == 0) throw new ArgumentException("The check needs at least one point.", nameof(points));
        var template = tape.Template;
        await TapeCompiler.TabulateAsync(runtime, project, tape, points.Select(p => p.X).ToList(), ct).ConfigureAwait(false);

        var expression = new StringBuilder("{\n    let qmlCircuit = ").Append(template.Expression).Append(";\n");
        if (template.TakesFeatures) expression.Append("    let qmlFeatures = ").Append(QSharpLiteral.Array(points.Select(p => (IReadOnlyList<double>)p.X).ToList())).Append(";\n");
        if (template.TakesParameters) expression.Append("    let qmlParameters = ").Append(QSharpLiteral.Array(points.Select(p => (IReadOnlyList<double>)p.Theta).ToList())).Append(";\n");
        expression.Append(CultureInfo.InvariantCulture, $"    for i in 0..{points.Count - 1} {{\n        use qs = Qubit[{template.Qubits}];\n        ");
        expression.Append(template.Call("qmlCircuit", "qmlFeatures[i]", "qmlParameters[i]", "qs"));
        expression.Append("\n        Std.Diagnostics.DumpMachine();\n        ResetAll(qs);\n    }\n}");
        var result = await runtime.RunAsync(project, expression.ToString(), new RunOptions { Reproducible = false, Timeout = TimeSpan.FromMinutes(5) }, ct).ConfigureAwait(false);
        var dumps = result.SingleShot.Dumps;
        if (dumps.Count != points.Count)
            throw new CompiledEngineRefusedException($"the QDK simulator dumped {dumps.Count} states for {points.Count} points (internal error)");

        var worst = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            var ours = TapeExecutor.States(tape, [points[i].X], [points[i].Theta])[0];
            worst = Math.Max(worst, Difference(dumps[i].Amplitudes, ours));
        }
        return new EquivalenceReport(points.Count, worst, Tolerance);
    }

    /// <summary>max |a − e^{iφ}b| over the amplitudes, with φ the phase that best aligns b with a.</summary>
    public static double Difference(Complex[] a, Complex[] b)
    {
        if (a.Length != b.Length) return double.PositiveInfinity;
        var overlap = Complex.Zero;
        for (var i = 0; i < a.Length; i++) overlap += Complex.Conjugate(b[i]) * a[i];
        var phase = overlap.Magnitude < 1e-300 ? Complex.One : overlap / overlap.Magnitude;
        var worst = 0.0;
        for (var i = 0; i < a.Length; i++) worst = Math.Max(worst, (a[i] - phase * b[i]).Magnitude);
        return worst;
    }
}
