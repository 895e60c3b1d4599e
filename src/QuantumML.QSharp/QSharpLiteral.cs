using System.Globalization;
using System.Text;

namespace QuantumML.QSharp;

/// <summary>Writes .NET values as Q# literals, for building run expressions such as batch driver calls.</summary>
public static class QSharpLiteral
{
    /// <summary>A Double literal that round-trips exactly (always with a decimal point, so Q# reads a Double).</summary>
    /// <exception cref="ArgumentException">NaN or an infinity: Q# has no literal for them.</exception>
    public static string Of(double value)
    {
        var sb = new StringBuilder();
        AppendDouble(sb, value);
        return sb.ToString();
    }

    /// <summary>An Int literal.</summary>
    public static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A Double[] literal.</summary>
    public static string Array(IReadOnlyList<double> values)
    {
        var sb = new StringBuilder(values.Count * 20 + 2);
        AppendArray(sb, values);
        return sb.ToString();
    }

    /// <summary>A Double[][] literal.</summary>
    public static string Array(IReadOnlyList<IReadOnlyList<double>> rows)
    {
        var sb = new StringBuilder(rows.Sum(r => r.Count) * 20 + 2);
        sb.Append('[');
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            AppendArray(sb, rows[i]);
        }
        return sb.Append(']').ToString();
    }

    private static void AppendArray(StringBuilder sb, IReadOnlyList<double> values)
    {
        sb.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            AppendDouble(sb, values[i]);
        }
        sb.Append(']');
    }

    private static void AppendDouble(StringBuilder sb, double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"Q# has no literal for {value}.", nameof(value));
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? text : text[..e];
        sb.Append(mantissa);
        if (!mantissa.Contains('.', StringComparison.Ordinal)) sb.Append(".0");
        if (e >= 0) sb.Append('e').Append(text.AsSpan(e + 1));
    }
}
