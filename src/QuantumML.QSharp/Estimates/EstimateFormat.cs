using System.Globalization;

namespace QuantumML.QSharp.Estimates;

/// <summary>Human-readable forms of estimator quantities, for tables and reports.</summary>
public static class EstimateFormat
{
    private static readonly (double Nanoseconds, string Unit)[] Units =
    [
        (365.25 * 86400e9, "years"), (86400e9, "days"), (3600e9, "h"), (60e9, "min"), (1e9, "s"), (1e6, "ms"), (1e3, "µs"), (1, "ns"),
    ];

    /// <summary>A duration in the largest unit that keeps it at least 1, three significant digits: <c>72 µs</c>, <c>1.25 s</c>, <c>3.4 days</c>.</summary>
    public static string Duration(double nanoseconds)
    {
        if (!double.IsFinite(nanoseconds) || nanoseconds < 0) return nanoseconds.ToString(CultureInfo.InvariantCulture);
        foreach (var (size, unit) in Units)
        {
            if (nanoseconds >= size || unit == "ns")
                return $"{Significant(nanoseconds / size)} {unit}";
        }
        return $"{Significant(nanoseconds)} ns";
    }

    /// <summary>A count with thousands separators: <c>112,104</c>.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A large count with a metric suffix, three significant digits: <c>3.33M</c>, <c>950k</c>, <c>12</c>.</summary>
    public static string Compact(double value) => Math.Abs(value) switch
    {
        >= 1e12 => Significant(value / 1e12) + "T",
        >= 1e9 => Significant(value / 1e9) + "G",
        >= 1e6 => Significant(value / 1e6) + "M",
        >= 1e4 => Significant(value / 1e3) + "k",
        _ => Significant(value),
    };

    private static string Significant(double value)
    {
        var digits = Math.Abs(value) >= 100 ? 0 : Math.Abs(value) >= 10 ? 1 : 2;
        return Math.Round(value, digits).ToString("0.##", CultureInfo.InvariantCulture);
    }
}
