using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumML.Data;
using QuantumML.Settings;

namespace QuantumML.Api;

/// <summary>The datasets of the catalogue (as specs name them in <c>"dataset"</c>), drawn from a seed, and CSV files.</summary>
public static class Datasets
{
    /// <summary>Two interleaving half circles (scikit-learn's make_moons).</summary>
    public static Dataset Moons(int samples = 200, double noise = 0.1, int seed = 0) => Load("moons", new { samples, noise }, seed);

    /// <summary>Two concentric circles, the inner one <paramref name="factor"/> times the outer's radius.</summary>
    public static Dataset Circles(int samples = 200, double noise = 0.1, double factor = 0.5, int seed = 0) => Load("circles", new { samples, noise, factor }, seed);

    /// <summary>Four Gaussian clusters labelled by the XOR of their quadrant signs.</summary>
    public static Dataset Xor(int samples = 200, double noise = 0.1, int seed = 0) => Load("xor", new { samples, noise }, seed);

    /// <summary>Random bit strings labelled by their parity.</summary>
    public static Dataset Parity(int samples = 200, int bits = 3, int seed = 0) => Load("parity", new { samples, bits }, seed);

    /// <summary>Isotropic Gaussian blobs, one per class.</summary>
    public static Dataset Blobs(int samples = 200, int classes = 2, int features = 2, double spread = 1.0, int seed = 0) =>
        Load("blobs", new { samples, classes, features, spread }, seed);

    /// <summary>The 2-qubit ad hoc dataset of Havlicek et al. (2019), <paramref name="perClass"/> samples per class.</summary>
    public static Dataset AdHoc(int perClass = 50, double gap = 0.3, int seed = 0) => Load("adhoc", new { samples = perClass, gap }, seed);

    /// <summary>A CSV file: header row, numeric features, last column the label.</summary>
    public static Dataset Csv(string path) => CsvDataset.Load(path);

    /// <summary>Any dataset of the catalogue by its <c>"source"</c> name, with its fields as an anonymous object or a
    /// dictionary (checked like a spec's: a wrong or unknown field is a <see cref="SpecException"/> naming it).</summary>
    public static Dataset Load(string source, object? settings = null, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        var origin = $"Datasets.Load(\"{source}\")";
        var node = SettingsNode.Of(settings, origin);
        var entry = DatasetCatalogue.Catalogue.Find(source)
            ?? throw new SpecException($"{origin}: unknown dataset; known: {string.Join(", ", DatasetCatalogue.Catalogue.Names)}");
        var reader = new SettingsReader(node, "settings", origin);
        var made = entry.Read(reader, true);
        reader.RejectUnknown();
        return made.Make(new Random(seed));
    }
}

/// <summary>Turns the settings a user passes (an anonymous object, a dictionary, a JSON object or text) into the JSON
/// object the catalogues read.</summary>
internal static class SettingsNode
{
    public static JsonObject Of(object? settings, string origin) => settings switch
    {
        null => [],
        JsonObject o => (JsonObject)o.DeepClone(),
        string text => SettingsReader.Parse(text, origin) as JsonObject ?? throw new SpecException($"{origin}: the settings must be a JSON object"),
        _ => JsonSerializer.SerializeToNode(settings, settings.GetType()) as JsonObject
            ?? throw new SpecException($"{origin}: the settings must be an object with named fields (an anonymous object or a dictionary)"),
    };
}
