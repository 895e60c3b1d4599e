using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>A classification spec's <c>"fairness"</c> section: the sensitive feature, a column of a CSV dataset or a group
/// planted in a generated one, and the favourable class.</summary>
/// <param name="Column">The sensitive column's name (the planted column's, when <paramref name="PlantedGap"/> is set).</param>
/// <param name="PlantedGap">The base-rate gap of a planted two-valued group (see <see cref="Fairness.PlantedGroup"/>), or null
/// for a column of the data.</param>
/// <param name="PositiveClass">The favourable label's name, or null for the second class (label 1).</param>
/// <param name="KeepAsFeature">Whether the models see the column (a fairness-unaware model of such data would); by default it
/// is taken out of the features before preprocessing.</param>
public sealed record FairnessSpec(string Column, double? PlantedGap, string? PositiveClass, bool KeepAsFeature)
{
    /// <summary>The section's name.</summary>
    public const string Field = "fairness";

    /// <summary>Reads the section, or null when the spec has none:
    /// <c>{"sensitive": "sex"}</c> or <c>{"planted_gap": 0.6, "column": "group"}</c>, with optional
    /// <c>"positive_class": "1"</c> and <c>"keep_as_feature": false</c>.</summary>
    /// <param name="root">The spec's root.</param>
    /// <param name="generated">Whether the dataset is generated (a group can be planted) rather than a CSV file.</param>
    public static FairnessSpec? Read(SettingsReader root, bool generated)
    {
        if (root.Section(Field) is not { } s) return null;
        var path = s.Path;
        FairnessSpec spec;
        if (s.Has("sensitive") == s.Has("planted_gap"))
            throw s.Error($"{path} needs one of \"sensitive\" (a column of the dataset) and \"planted_gap\" (a group planted in a generated dataset)");
        if (s.Has("sensitive"))
        {
            if (s.Has("column")) throw s.Error($"{path}.column names a planted group's column; a data column is \"sensitive\"");
            var column = s.Text("sensitive");
            if (column.Length is 0 or > SpecLimits.MaxNameLength) throw s.Error($"{path}.sensitive must name a column (1 to {SpecLimits.MaxNameLength} characters)");
            spec = new FairnessSpec(column, null, null, false);
        }
        else
        {
            if (!generated) throw s.Error($"{path}.planted_gap plants a group in a generated dataset; for a CSV file name its column with \"sensitive\"");
            var gap = s.Number("planted_gap", 0, -1, 1);
            var column = s.OptionalText("column") ?? Fairness.PlantedGroup.DefaultColumn;
            if (column.Length is 0 or > SpecLimits.MaxNameLength) throw s.Error($"{path}.column must be 1 to {SpecLimits.MaxNameLength} characters");
            spec = new FairnessSpec(column, gap, null, false);
        }
        var positive = s.OptionalText("positive_class");
        if (positive is { Length: 0 or > SpecLimits.MaxNameLength }) throw s.Error($"{path}.positive_class must name a class");
        spec = spec with { PositiveClass = positive, KeepAsFeature = s.Flag("keep_as_feature", false) };
        s.RejectUnknown();
        return spec;
    }
}
