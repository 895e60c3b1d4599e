using System.Globalization;
using System.Text;
using System.Xml;

namespace QuantumML.QSharp.Circuits;

/// <summary>Writes a circuit as a standalone SVG image with the same content as <see cref="CircuitRenderer"/>: wires,
/// labelled gate boxes, control dots joined to their targets, ⊕ for controlled-X targets, × for SWAPs, meters for
/// measurements and |0⟩ boxes for resets.</summary>
/// <remarks>The SVG is written by hand through <see cref="XmlWriter"/> (which keeps it well-formed and escaped): a circuit
/// needs only lines, rectangles, circles and text, and no SVG or plotting library here draws circuits. Text widths are
/// estimated for a monospace font, so boxes fit their labels without measuring glyphs.</remarks>
public static class SvgCircuitWriter
{
    private const double FontSize = 14;
    private const double TitleSize = 13;
    private const double CharWidth = FontSize * 0.6; // a monospace advance
    private const double RowPitch = 52;
    private const double BoxHeight = 32;
    private const double MinBoxWidth = 34;
    private const double ColumnGap = 14;
    private const double Margin = 16;
    private const string Font = "DejaVu Sans Mono, Menlo, Consolas, monospace";
    private const string Ink = "#1f2937";
    private const string GateFill = "#e0ecff";
    private const string GateStroke = "#2f5fb3";
    private const string MeasureFill = "#f1f1f1";

    /// <summary>The SVG document for <paramref name="circuit"/>, with an optional <paramref name="title"/> line above it.</summary>
    /// <param name="circuit">The circuit.</param>
    /// <param name="title">A caption, such as the traced expression; null for none.</param>
    /// <param name="decimals">Decimal places of gate arguments.</param>
    public static string ToSvg(Circuit circuit, string? title = null, int decimals = 2)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var layout = CircuitLayout.Of(circuit);
        var labels = layout.QubitOfRow.Select(id => string.Create(CultureInfo.InvariantCulture, $"q{id}")).ToList();
        var left = Margin + (labels.Count == 0 ? 0 : labels.Max(l => l.Length)) * CharWidth + 14;
        var top = Margin + (title is null ? 0 : 28) + BoxHeight / 2;

        // Column x positions: each column is as wide as its widest box.
        var widths = layout.Columns.Select(c => c.Max(p => BoxWidth(p.Operation, decimals))).ToList();
        var centers = new List<double>();
        var x = left + ColumnGap;
        foreach (var w in widths)
        {
            centers.Add(x + w / 2);
            x += w + ColumnGap;
        }
        var width = Math.Max(x + Margin, 240);
        // A long caption is cut to the drawing's width rather than widening the image with empty wires.
        var titleChars = (int)((width - 2 * Margin) / (TitleSize * 0.6));
        if (title is not null && title.Length > titleChars) title = string.Concat(title.AsSpan(0, titleChars - 1), "…");
        var height = top + Math.Max(0, layout.Rows - 1) * RowPitch + BoxHeight / 2 + Margin;
        double Y(int row) => top + row * RowPitch;

        var text = new StringBuilder();
        using (var svg = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            svg.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            Attr(svg, "width", width);
            Attr(svg, "height", height);
            svg.WriteAttributeString("viewBox", Invariant($"0 0 {F(width)} {F(height)}"));
            svg.WriteAttributeString("font-family", Font);
            svg.WriteAttributeString("font-size", F(FontSize));
            Rect(svg, 0, 0, width, height, "white", "none");
            if (title is not null)
                Text(svg, Margin, Margin + 10, title, "start", Ink, TitleSize);

            for (var r = 0; r < layout.Rows; r++)
            {
                Text(svg, Margin, Y(r), labels[r], "start", Ink);
                Line(svg, left, Y(r), x, Y(r), "#6b7280", 1.2);
            }
            for (var c = 0; c < layout.Columns.Count; c++)
            {
                foreach (var placed in layout.Columns[c])
                    DrawOperation(svg, placed, centers[c], Y, BoxWidth(placed.Operation, decimals), decimals);
            }
            svg.WriteEndElement();
        }
        return text.ToString();
    }

    /// <summary>Writes <see cref="ToSvg"/> to <paramref name="path"/> (UTF-8), creating its folder.</summary>
    public static void Write(Circuit circuit, string path, string? title = null, int decimals = 2)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        File.WriteAllText(path, ToSvg(circuit, title, decimals) + "\n", new UTF8Encoding(false));
    }

    private static double BoxWidth(CircuitOperation op, int decimals) =>
        Math.Max(MinBoxWidth, GateLabel.Target(op, decimals).Length * CharWidth + 16);

    private static void DrawOperation(XmlWriter svg, CircuitLayout.Placed placed, double cx, Func<int, double> y, double boxWidth, int decimals)
    {
        var op = placed.Operation;
        var label = GateLabel.Target(op, decimals);
        svg.WriteStartElement("g");
        svg.WriteAttributeString("class", op.Kind.ToString().ToLowerInvariant());
        svg.WriteElementString("title", $"{op.Name} {string.Join(" ", op.Qubits.Select(q => string.Create(CultureInfo.InvariantCulture, $"q{q}")))}");
        if (placed.Spans)
            Line(svg, cx, y(placed.Top), cx, y(placed.Bottom), Ink, 1.5);
        var dashed = op.IsConditional;
        foreach (var r in placed.Targets)
        {
            var cy = y(r);
            switch (label)
            {
                case GateLabel.ControlledXTarget:
                    Circle(svg, cx, cy, 11, "white", Ink, 1.5);
                    Line(svg, cx - 11, cy, cx + 11, cy, Ink, 1.5);
                    Line(svg, cx, cy - 11, cx, cy + 11, Ink, 1.5);
                    break;
                case GateLabel.SwapTarget:
                    Line(svg, cx - 7, cy - 7, cx + 7, cy + 7, Ink, 2);
                    Line(svg, cx - 7, cy + 7, cx + 7, cy - 7, Ink, 2);
                    break;
                default:
                    if (op.Kind == OperationKind.Measurement)
                    {
                        Rect(svg, cx - MinBoxWidth / 2, cy - BoxHeight / 2, MinBoxWidth, BoxHeight, MeasureFill, Ink, dashed);
                        // A meter: a half-dial and its needle.
                        svg.WriteStartElement("path");
                        svg.WriteAttributeString("d", Invariant($"M {F(cx - 10)} {F(cy + 7)} A 10 10 0 0 1 {F(cx + 10)} {F(cy + 7)}"));
                        svg.WriteAttributeString("fill", "none");
                        svg.WriteAttributeString("stroke", Ink);
                        svg.WriteAttributeString("stroke-width", "1.5");
                        svg.WriteEndElement();
                        Line(svg, cx, cy + 7, cx + 7, cy - 6, Ink, 1.5);
                    }
                    else
                    {
                        var fill = op.Kind == OperationKind.Reset ? MeasureFill : GateFill;
                        var stroke = op.Kind == OperationKind.Reset ? Ink : GateStroke;
                        Rect(svg, cx - boxWidth / 2, cy - BoxHeight / 2, boxWidth, BoxHeight, fill, stroke, dashed);
                        Text(svg, cx, cy, label, "middle", Ink);
                    }
                    break;
            }
        }
        foreach (var r in placed.Controls)
            Circle(svg, cx, y(r), 5, Ink, Ink, 1);
        svg.WriteEndElement();
    }

    private static void Rect(XmlWriter svg, double x, double y, double w, double h, string fill, string stroke, bool dashed = false)
    {
        svg.WriteStartElement("rect");
        Attr(svg, "x", x);
        Attr(svg, "y", y);
        Attr(svg, "width", w);
        Attr(svg, "height", h);
        if (stroke != "none") svg.WriteAttributeString("rx", "4");
        svg.WriteAttributeString("fill", fill);
        svg.WriteAttributeString("stroke", stroke);
        if (stroke != "none") svg.WriteAttributeString("stroke-width", "1.5");
        if (dashed) svg.WriteAttributeString("stroke-dasharray", "4 3");
        svg.WriteEndElement();
    }

    private static void Circle(XmlWriter svg, double cx, double cy, double r, string fill, string stroke, double strokeWidth)
    {
        svg.WriteStartElement("circle");
        Attr(svg, "cx", cx);
        Attr(svg, "cy", cy);
        Attr(svg, "r", r);
        svg.WriteAttributeString("fill", fill);
        svg.WriteAttributeString("stroke", stroke);
        Attr(svg, "stroke-width", strokeWidth);
        svg.WriteEndElement();
    }

    private static void Line(XmlWriter svg, double x1, double y1, double x2, double y2, string stroke, double strokeWidth)
    {
        svg.WriteStartElement("line");
        Attr(svg, "x1", x1);
        Attr(svg, "y1", y1);
        Attr(svg, "x2", x2);
        Attr(svg, "y2", y2);
        svg.WriteAttributeString("stroke", stroke);
        Attr(svg, "stroke-width", strokeWidth);
        svg.WriteEndElement();
    }

    private static void Text(XmlWriter svg, double x, double y, string content, string anchor, string fill, double? size = null)
    {
        svg.WriteStartElement("text");
        Attr(svg, "x", x);
        Attr(svg, "y", y);
        // Shifting by a third of the font size centres the text on y; dominant-baseline is not honoured everywhere.
        svg.WriteAttributeString("dy", "0.35em");
        svg.WriteAttributeString("text-anchor", anchor);
        svg.WriteAttributeString("fill", fill);
        if (size is { } s) Attr(svg, "font-size", s);
        svg.WriteString(content);
        svg.WriteEndElement();
    }

    private static void Attr(XmlWriter svg, string name, double value) => svg.WriteAttributeString(name, F(value));

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
