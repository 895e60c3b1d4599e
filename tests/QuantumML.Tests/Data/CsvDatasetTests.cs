using QuantumML.Data;

namespace QuantumML.Tests.Data;

public sealed class CsvDatasetTests
{
    private static Dataset Parse(string text) => CsvDataset.Parse(new StringReader(text), "toy.csv");

    [Fact]
    public void ParsesFeaturesAndNumbersClassesByFirstAppearance()
    {
        var d = Parse("a,b,label\n1,2.5,dog\n-3e2,4,cat\n\n5,6,dog\n");
        Assert.Equal("toy", d.Name);
        Assert.Equal(["a", "b"], d.FeatureNames);
        Assert.Equal(["dog", "cat"], d.ClassNames);
        Assert.Equal([0, 1, 0], d.Labels);
        Assert.Equal([-300.0, 4.0], d.Features[1]);
    }

    [Theory]
    [InlineData("a,b,label\n1,2,x\n1,abc,y\n", "toy.csv:3: column 'b': not a number (field 2)")]
    [InlineData("a,b,label\n1,2,x\n\n1,2\n", "toy.csv:4: expected 3 fields, found 2")]
    [InlineData("a,b,label\nNaN,2,x\n", "toy.csv:2: column 'a': not a finite number (field 1)")]
    [InlineData("a,b,label\n1,2,\n", "toy.csv:2: column 'label': the class name is empty")]
    [InlineData("a,b,class\n1,2,x\n", "toy.csv:1: the header must end with a 'label' column")]
    [InlineData("a,a,label\n1,2,x\n", "toy.csv:1: column 'a': the column name appears twice")]
    [InlineData("", "toy.csv:1: the file is empty")]
    [InlineData("a,label\n", "toy.csv:1: the file has a header but no samples")]
    public void ErrorsNameTheFileLineAndColumn(string text, string expectedStart)
    {
        var error = Assert.Throws<DataFormatException>(() => Parse(text));
        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorCarriesItsPlace()
    {
        var error = Assert.Throws<DataFormatException>(() => Parse("x,y,label\n1,2,a\n3,4,b\n5,?,c\n"));
        Assert.Equal(("toy.csv", 4, "y"), (error.FileName, error.Line, error.Column));
    }

    [Theory]
    [InlineData("iris.csv", 150, 4, new[] { "setosa", "versicolor", "virginica" })]
    [InlineData("wine.csv", 178, 13, new[] { "class_0", "class_1", "class_2" })]
    [InlineData("breast_cancer.csv", 569, 30, new[] { "malignant", "benign" })]
    public void LoadsTheRepositoryDatasets(string file, int rows, int features, string[] classes)
    {
        var d = RepositoryData.Load(file);
        Assert.Equal(rows, d.Count);
        Assert.Equal(features, d.FeatureCount);
        Assert.Equal(classes, d.ClassNames);
    }

    [Fact]
    public void ATableMayLackTheLabelColumn()
    {
        var table = CsvDataset.ReadTable(new StringReader("a,b\n1,2\n\n3,4\n"), "toy.csv", requireLabel: false);
        Assert.Equal(["a", "b"], table.FeatureNames);
        Assert.Null(table.Labels);
        Assert.Equal([2, 4], table.Lines);
        Assert.Equal([3.0, 4.0], table.Features[1]);

        var labelled = CsvDataset.ReadTable(new StringReader("a,label\n1,x\n"), "toy.csv", requireLabel: false);
        Assert.Equal(["x"], labelled.Labels!);
    }

    [Fact]
    public void FormatWritesTheFormatBackWithRoundTripNumbers()
    {
        var data = SyntheticData.Moons(20, 0.1, new Random(3));
        var text = CsvDataset.Format(data);
        Assert.StartsWith("x0,x1,label\n", text, StringComparison.Ordinal);

        var back = Parse(text);

        Assert.Equal(data.Features.SelectMany(r => r).Select(BitConverter.DoubleToInt64Bits), back.Features.SelectMany(r => r).Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(data.Labels.Select(l => data.ClassNames[l]), back.Labels.Select(l => back.ClassNames[l]));
    }

    [Fact]
    public void FormatRefusesNamesItCannotWrite() =>
        Assert.Throws<ArgumentException>(() => CsvDataset.Format(new Dataset("d", [[1.0]], [0], ["a,b"], ["x"])));
}
