using System.Xml.Linq;
using QuantumML.QSharp.Circuits;
using static QuantumML.QSharp.Tests.Circuits.KnownCircuits;

namespace QuantumML.QSharp.Tests.Circuits;

public sealed class SvgCircuitWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void TheSvgIsWellFormedAndHoldsEveryGateLabelAndWire()
    {
        var doc = XDocument.Parse(SvgCircuitWriter.ToSvg(Three, "Known.Three() <&>"));

        Assert.Equal(Svg + "svg", doc.Root!.Name);
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Known.Three() <&>", texts);
        Assert.Contains("H", texts);
        Assert.Contains("Rz(0.50)", texts);
        Assert.Equal(["q0", "q1", "q2"], texts.Where(t => t.StartsWith('q')));
        var groups = doc.Descendants(Svg + "g").ToList();
        Assert.Equal(3, groups.Count(g => (string?)g.Attribute("class") == "measurement"));
        Assert.Equal(3, groups.Count(g => (string?)g.Attribute("class") == "unitary"));
        // The CNOT: a filled control dot and an open ⊕ circle joined by a vertical line.
        var cnot = groups.Single(g => g.Element(Svg + "title")!.Value == "CNOT q0 q1");
        Assert.Equal(2, cnot.Elements(Svg + "circle").Count());
        Assert.Contains(cnot.Elements(Svg + "line"), l => l.Attribute("x1")!.Value == l.Attribute("x2")!.Value);
    }

    [Fact]
    public void WriteCreatesTheFolderAndAParsableFile()
    {
        var dir = Directory.CreateTempSubdirectory("qml-svg-").FullName;
        try
        {
            var path = Path.Combine(dir, "sub", "three.svg");
            SvgCircuitWriter.Write(Three, path);
            Assert.Equal(Svg + "svg", XDocument.Load(path).Root!.Name);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
