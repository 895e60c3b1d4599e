namespace QuantumML.Combinatorial.Baselines;

/// <summary>Dot products and norms on spans, for the relaxation's small dense vectors.</summary>
internal static class VectorMath
{
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    public static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));

    public static void Scale(Span<double> a, double c)
    {
        for (var i = 0; i < a.Length; i++) a[i] *= c;
    }
}
