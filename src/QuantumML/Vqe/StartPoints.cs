namespace QuantumML.Vqe;

/// <summary>Initial parameter vectors for a multi-start VQE, drawn from a caller's seeded generator.</summary>
public static class StartPoints
{
    /// <summary><paramref name="count"/> vectors with every angle uniform in [−<paramref name="halfWidth"/>, <paramref name="halfWidth"/>]
    /// (π: anywhere on the torus of angles; a small value: near the all-zero parameters).</summary>
    public static double[][] Uniform(int count, int parameters, double halfWidth, Random random)
    {
        Check(count, halfWidth);
        ArgumentOutOfRangeException.ThrowIfNegative(parameters);
        return [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, parameters).Select(_ => (2 * random.NextDouble() - 1) * halfWidth).ToArray())];
    }

    /// <summary><paramref name="count"/> vectors near <paramref name="reference"/> (e.g. the parameters that prepare the
    /// Hartree-Fock state): the reference itself first, then the reference plus U[−halfWidth, halfWidth] in every angle.</summary>
    public static double[][] Near(double[] reference, int count, double halfWidth, Random random)
    {
        Check(count, halfWidth);
        var starts = new double[count][];
        starts[0] = (double[])reference.Clone();
        for (var s = 1; s < count; s++) starts[s] = [.. reference.Select(v => v + (2 * random.NextDouble() - 1) * halfWidth)];
        return starts;
    }

    private static void Check(int count, double halfWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!(halfWidth >= 0 && double.IsFinite(halfWidth))) throw new ArgumentOutOfRangeException(nameof(halfWidth), halfWidth, "The half-width must be finite and ≥ 0.");
    }
}
