using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using QuantumML.Baselines;

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
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepReadableProperties, KnowKernels } },
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

    // SvmKernel is an open hierarchy (custom kernels hold a function); the three built-in kernels are the data ones.
    private static void KnowKernels(JsonTypeInfo info)
    {
        if (info.Type != typeof(SvmKernel)) return;
        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "type",
            DerivedTypes =
            {
                new JsonDerivedType(typeof(LinearKernel), "linear"),
                new JsonDerivedType(typeof(RbfKernel), "rbf"),
                new JsonDerivedType(typeof(PolynomialKernel), "poly"),
            },
        };
    }
}
