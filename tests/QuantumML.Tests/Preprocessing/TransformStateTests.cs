using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumML.Persistence;
using QuantumML.Preprocessing;

namespace QuantumML.Tests.Preprocessing;

public sealed class TransformStateTests
{
    private static readonly double[][] Train = [[1.0, 10.0, -3.0], [2.5, 12.0, -1.0], [0.5, 7.0, 4.0], [3.0, 9.5, 0.0]];
    private static readonly double[][] Other = [[0.1, 20.0, 5.0], [-4.0, 3.0, 0.3]];

    public static TheoryData<string> Kinds => ["standardize", "pca", "scale"];

    private static IFeatureTransform Fitted(string kind)
    {
        IFeatureTransform t = kind switch
        {
            "standardize" => new Standardizer(),
            "pca" => new Pca(2),
            _ => new MinMaxScaler(-1, 2, clip: true),
        };
        t.Fit(Train);
        return t;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ARestoredTransformTransformsBitForBitAfterAJsonRoundTrip(string kind)
    {
        var transform = Fitted(kind);
        var json = JsonSerializer.Serialize(transform.ExportState(), ModelJson.Options);
        Assert.Contains($"\"type\": \"{kind}\"", json, StringComparison.Ordinal);

        var restored = JsonContract.Read<TransformState>(JsonNode.Parse(json), "$").Restore();

        Assert.Equal(Bits(transform.Transform(Other)), Bits(restored.Transform(Other)));
        Assert.Equal(transform.GetType(), restored.GetType());
    }

    [Fact]
    public void StatesKnowTheirWidths()
    {
        var pca = Fitted("pca").ExportState();
        Assert.Equal((3, 2), (pca.InputCount, pca.OutputCount));
        Assert.Equal((3, 3), (Fitted("scale").ExportState().InputCount, Fitted("scale").ExportState().OutputCount));
    }

    [Fact]
    public void AnUnfittedTransformHasNoState() =>
        Assert.Throws<InvalidOperationException>(() => new Standardizer().ExportState());

    [Fact]
    public void InconsistentStatesNameTheirField()
    {
        Assert.Equal("scale has 1 values, expected 2", Assert.Throws<ModelFileException>(() => new StandardizerState([0, 0], [1]).Restore()).Message);
        Assert.Equal("directions[1] has 3 values, expected 2", Assert.Throws<ModelFileException>(() => new PcaState([0, 0], [[1, 0], [0, 1, 0]]).Restore()).Message);
        Assert.Equal("upper is -1, not above lower (1)", Assert.Throws<ModelFileException>(() => new MinMaxScalerState(1, -1, false, [0], [1]).Restore()).Message);
    }

    private static long[] Bits(double[][] rows) => rows.SelectMany(r => r).Select(BitConverter.DoubleToInt64Bits).ToArray();
}
