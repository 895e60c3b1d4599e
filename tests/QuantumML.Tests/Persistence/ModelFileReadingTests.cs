using System.Text.Json.Nodes;
using QuantumML.Persistence;

namespace QuantumML.Tests.Persistence;

public sealed class ModelFileReadingTests
{
    private static readonly Lazy<Task<string>> VqcText = new(async () => ModelFiles.Serialize((await ModelRoundTripTests.TrainAsync("vqc", 2)).File));

    private static async Task<string> Tampered(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(await VqcText.Value)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    private static JsonObject Parameters(JsonObject root) => root["parameters"]!.AsObject();

    public static TheoryData<string, Action<JsonObject>> Tamperings => new()
    {
        { "$.parameters.theta is missing", r => Parameters(r).Remove("theta") },
        { "$.parameters.theta[1] is a string, expected a number", r => r["parameters"]!["theta"]![1] = "x" },
        { "$.parameters.theta is an object, expected an array", r => Parameters(r)["theta"] = new JsonObject() },
        { "$.parameters.classes is a number, expected a whole number within the range of Int32", r => Parameters(r)["classes"] = 2.5 },
        { "$.parameters.scale is null", r => Parameters(r)["scale"] = null },
        { "$.parameters.weights is not a field here; the fields are classes, theta, scale, bias", r => Parameters(r)["weights"] = new JsonArray() },
        { "$.hyperparameters.circuit.layers is missing", r => r["hyperparameters"]!["circuit"]!.AsObject().Remove("layers") },
        { "$.hyperparameters.loss is a string, expected one of cross-entropy, hinge, squared-error", r => r["hyperparameters"]!["loss"] = "log" },
        { "$.preprocessing[1].type is 'whiten'; allowed: standardize, pca, scale", r => r["preprocessing"]![1]!["type"] = "whiten" },
        { "$.preprocessing[0].scale is missing", r => r["preprocessing"]![0]!.AsObject().Remove("scale") },
        { "$.preprocessing[0] takes 3 features, but $.features names 2", r => r["preprocessing"]![0]!["mean"]!.AsArray().Add(0.5) },
        { "$.qsharp.callables[0].sha256 is missing", r => r["qsharp"]!["callables"]![0]!.AsObject().Remove("sha256") },
        { "$.classes is missing", r => r.Remove("classes") },
        { "$.version is 2; this qml reads model files of version 1", r => r["version"] = 2 },
        { "$.version is missing or not a whole number", r => r["version"] = "1" },
        { "$.format is 'onnx': not a QuantumML model file (expected 'qml-model')", r => r["format"] = "onnx" },
        { "$.kind is 'forest'; known kinds: vqc, qsvc, logistic-regression, svm, mlp, knn", r => r["kind"] = "forest" },
        { "$.qsharp is null, but a vqc model runs Q#", r => r["qsharp"] = null },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task ATamperedFileIsRefusedWithTheFieldNamed(string message, Action<JsonObject> change)
    {
        var text = await Tampered(change);
        var e = Assert.Throws<ModelFileException>(() => ModelFiles.Parse(text, "model.json"));
        Assert.Equal($"model.json: {message}", e.Message);
    }

    [Theory]
    [InlineData("$.parameters.theta has 11 values, expected 12", "theta")]
    [InlineData("$.parameters.bias has 2 values, expected 1", "bias")]
    public async Task AParameterOfTheWrongLengthIsRefusedOnRestoring(string message, string field)
    {
        var text = await Tampered(r =>
        {
            var values = r["parameters"]![field]!.AsArray();
            if (field == "theta") values.RemoveAt(0);
            else values.Add(0.0);
        });
        var file = ModelFiles.Parse(text, "model.json");
        var e = await Assert.ThrowsAsync<ModelFileException>(() => ModelPipeline.RestoreAsync(file, "model.json", TestRuntime.Runtime, TestRuntime.Project));
        Assert.Equal($"model.json: {message}", e.Message);
    }

    [Fact]
    public async Task ATransformWithAZeroDivisorIsRefusedOnRestoring()
    {
        var text = await Tampered(r => r["preprocessing"]![0]!["scale"]![0] = 0.0);
        var file = ModelFiles.Parse(text, "model.json");
        var e = await Assert.ThrowsAsync<ModelFileException>(() => ModelPipeline.RestoreAsync(file, "model.json", TestRuntime.Runtime, TestRuntime.Project));
        Assert.Equal("model.json: $.preprocessing[0].scale holds a zero divisor", e.Message);
    }

    [Fact]
    public async Task ATruncatedFileNamesTheFileAndThePositionWhereItEnds()
    {
        var text = await VqcText.Value;
        var cut = text[..(text.Length / 2)];
        var line = cut.Count(c => c == '\n') + 1;

        var e = Assert.Throws<ModelFileException>(() => ModelFiles.Parse(cut, "model.json"));

        Assert.StartsWith($"model.json:{line}:", e.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON, the file may be truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEscapedHalfSurrogateIsRefusedWithItsPath()
    {
        // The parser accepts "\uDECE"; reading it back threw an InvalidOperationException before.
        var text = (await VqcText.Value).Replace("\"format\": \"", "\"format\": \"\\uDECE", StringComparison.Ordinal);
        Assert.NotEqual(await VqcText.Value, text);

        var e = Assert.Throws<ModelFileException>(() => ModelFiles.Parse(text, "model.json"));

        Assert.Equal("model.json: $.format is not valid Unicode (an escape of an unpaired UTF-16 surrogate)", e.Message);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        var e = Assert.Throws<ModelFileException>(() => ModelFiles.Read("/no/such/model.json"));
        Assert.Equal("/no/such/model.json: no such model file", e.Message);
    }
}
