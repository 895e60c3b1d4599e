using System.Text.Json;
using QuantumML.QSharp.Values;

namespace QuantumML.QSharp.Tests.Values;

public sealed class TypedJsonTests
{
    [Theory]
    [InlineData("Int", "Int", 0)]
    [InlineData("(Int, String)[]", "Array", 1)]
    [InlineData("((Int, Int) => Unit is Adj + Ctl)", "Callable", 0)]
    [InlineData("(Unit -> Double)", "Callable", 0)]
    [InlineData("(Complex, Result[][])", "Tuple", 2)]
    [InlineData("()", "Unit", 0)]
    public void TypesAreReadAsTheCompilerWritesThem(string text, string kind, int items)
    {
        var type = QType.Parse(text);

        Assert.Equal(kind, type.Kind.ToString());
        Assert.Equal(items, type.Items.Count);
    }

    [Fact]
    public void OnlyStringsInsideArraysOrTuplesNeedHandingOver()
    {
        Assert.False(QType.Parse("String").HasNestedString);
        Assert.True(QType.Parse("(Int, String)").HasNestedString);
        Assert.True(QType.Parse("(Int, String[])[]").HasNestedString);
        Assert.False(QType.Parse("(Int, Double[])").HasNestedString);
    }

    [Theory]
    [InlineData("Double", "2.0", "2.0")]
    [InlineData("Double", "-0.0", "-0.0")]
    [InlineData("Double", "NaN", "\"NaN\"")]
    [InlineData("Double", "-inf", "\"-Infinity\"")]
    [InlineData("Double", "0.0000001", "1E-07")]
    [InlineData("String", "NaN", "\"NaN\"")]
    [InlineData("BigInt", "12345678901234567890123", "\"12345678901234567890123\"")]
    [InlineData("BigInt", "5", "\"5\"")]
    [InlineData("Int", "-5", "-5")]
    [InlineData("Range", "1..2..7", "{\"start\":1,\"step\":2,\"end\":7}")]
    [InlineData("(Result[], Pauli)", "([Zero, One], PauliZ)", "[[\"Zero\",\"One\"],\"PauliZ\"]")]
    [InlineData("(Complex, Int)", "((1.0, -2.0), 3)", "[[1.0,-2.0],3]")]
    [InlineData("Unit", "()", "null")]
    public void AValueIsReadByItsTypeWithoutLosingAnything(string type, string text, string json) =>
        Assert.Equal(json, TypedJson.Read(QType.Parse(type), text)?.ToJsonString() ?? "null");

    [Fact]
    public void StringsInsideATupleAreTakenAsHandedOverWhateverTheyHold()
    {
        var json = TypedJson.Read(QType.Parse("(Int, String, String[])"), "(1, a, b, [), x, ])", ["a, b", "), x", ""]);

        Assert.Equal("""[1,"a, b",["), x",""]]""", json!.ToJsonString());
    }

    [Fact]
    public void WithoutTheStringsANestedStringIsRefusedRatherThanGuessed() =>
        Assert.Throws<QValueFormatException>(() => TypedJson.Read(QType.Parse("(Int, String)"), "(1, a, b)"));

    [Fact]
    public async Task TheRuntimeLearnsTheTypeAndHandsOverNestedStrings()
    {
        var project = QSharpProject.FromSource("function Pair() : (Int, String[]) { (7, [\"x, y\", \"]\"]) }", "V.qs");

        var result = await SharedRuntime.Instance.RunAsync(project, "V.Pair()", new RunOptions { TypedValues = true });

        Assert.Equal("(Int, String[])", result.Type);
        var shot = result.SingleShot;
        Assert.Equal("""[7,["x, y","]"]]""", shot.Json!.ToJsonString());
        Assert.Empty(shot.Messages);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(shot.Json.ToJsonString()).RootElement.ValueKind);
    }
}
