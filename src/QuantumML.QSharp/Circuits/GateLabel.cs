using System.Globalization;

namespace QuantumML.QSharp.Circuits;

/// <summary>What a diagram writes on each wire an operation touches; the text and SVG diagrams share it so that both
/// show the same content.</summary>
public static class GateLabel
{
    /// <summary>The mark on a control wire.</summary>
    public const string Control = "●";

    /// <summary>The mark on the target of a controlled X.</summary>
    public const string ControlledXTarget = "⊕";

    /// <summary>The mark on each wire of a SWAP.</summary>
    public const string SwapTarget = "×";

    /// <summary>The label on a target wire: <c>H</c>, <c>S†</c>, <c>Rz(0.5)</c>, <c>M</c>, <c>|0⟩</c>; arguments rounded to
    /// <paramref name="decimals"/> places.</summary>
    public static string Target(CircuitOperation op, int decimals = 2)
    {
        ArgumentNullException.ThrowIfNull(op);
        return op.Kind switch
        {
            OperationKind.Measurement => "M",
            OperationKind.Reset => "|0⟩",
            _ when op.Gate == "X" && op.Controls.Count > 0 && op.Arguments.Count == 0 => ControlledXTarget,
            _ when op.Gate == "SWAP" && op.Arguments.Count == 0 => SwapTarget,
            _ => op.Gate + (op.IsAdjoint ? "†" : "") +
                 (op.Arguments.Count == 0 ? "" : "(" + string.Join(", ", op.Arguments.Select(a => Argument(a, decimals))) + ")"),
        };
    }

    /// <summary>A numeric argument with <paramref name="decimals"/> places (<c>0.5000</c> → <c>0.50</c>, <c>1.5708</c> →
    /// <c>1.57</c>), so that the angles of a circuit line up; anything else as it is.</summary>
    public static string Argument(string text, int decimals = 2)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            return text;
        var rounded = Math.Round(value, Math.Clamp(decimals, 0, 15), MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // no "-0"
        return rounded.ToString("F" + Math.Clamp(decimals, 0, 15).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
