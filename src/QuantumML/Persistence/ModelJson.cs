using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using QuantumML.Baselines;
using QuantumML.Training;

namespace QuantumML.Persistence;

/// <summary>The System.Text.Json settings of model files.</summary>
/// <remarks>
/// Doubles are written in their shortest round-trip form, so every learned parameter reads back bit for bit.
/// Only what deserialization reads back is written: computed properties (a circuit's Q# expression, a kernel's
/// name) would otherwise fill the file with values nobody reads.
/// </remarks>
public static class ModelJson
{
    /// <summary>snake_case names, kebab-case enum values, NaN and infinities as strings, indented.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            RespectNullableAnnotations = true,
            AllowOutOfOrderMetadataProperties = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepReadableProperties, KnowSubtypes } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: false);
        return options;
    }

    /// <summary>Whether deserialization sets <paramref name="property"/> (by a setter or a constructor parameter).</summary>
    public static bool IsRead(JsonPropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.Set is not null || property.AssociatedParameter is not null;
    }

    private static void KeepReadableProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
            if (!IsRead(info.Properties[i])) info.Properties.RemoveAt(i);
    }

    // Option records hold two small hierarchies whose base types are not the persistence layer's to annotate: SVM
    // kernels (custom kernels hold a function, so only the built-in ones are data) and learning-rate schedules.
    private static readonly Dictionary<Type, (Type Type, string Name)[]> Subtypes = new()
    {
        [typeof(SvmKernel)] = [(typeof(LinearKernel), "linear"), (typeof(RbfKernel), "rbf"), (typeof(PolynomialKernel), "poly")],
        [typeof(LearningRateSchedule)] =
        [
            (LearningRateSchedule.Constant.GetType(), "constant"), (typeof(StepDecaySchedule), "step"),
            (typeof(ExponentialDecaySchedule), "exponential"), (typeof(CosineSchedule), "cosine"),
        ],
    };

    private static void KnowSubtypes(JsonTypeInfo info)
    {
        if (!Subtypes.TryGetValue(info.Type, out var subtypes)) return;
        var polymorphism = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "type" };
        foreach (var (type, name) in subtypes) polymorphism.DerivedTypes.Add(new JsonDerivedType(type, name));
        info.PolymorphismOptions = polymorphism;
    }
}
