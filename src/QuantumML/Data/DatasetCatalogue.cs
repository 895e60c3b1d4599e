using QuantumML.Catalogues;
using QuantumML.Settings;

namespace QuantumML.Data;

/// <summary>A dataset as a spec describes it: how to make it from a seed's generator, and its size before it is made.</summary>
/// <param name="Source">The catalogue entry's name.</param>
/// <param name="Make">The dataset, drawn from the seed's generator (a file ignores it).</param>
public sealed record DatasetSource(string Source, Func<Random, Dataset> Make)
{
    /// <summary>The data file, for a dataset read from one.</summary>
    public string? Path { get; init; }

    /// <summary>Samples and features, known before the data is made for a generated dataset (null for a file).</summary>
    public (long Samples, long Features)? Size { get; init; }

    /// <summary>The samples asked for (0 for a file).</summary>
    public long Samples => Size?.Samples ?? 0;
}

/// <summary>One dataset source: its fields and how a spec's <c>"dataset"</c> object becomes a <see cref="DatasetSource"/>.</summary>
/// <param name="Name">The value of <c>"source"</c>.</param>
/// <param name="Doc">What it is.</param>
/// <param name="Read">Reads the entry's fields from the dataset object; the flag says whether files must exist.</param>
public sealed record DatasetEntry(string Name, string Doc, Func<SettingsReader, bool, DatasetSource> Read) : CatalogueEntry(Name, Doc);

/// <summary>The datasets a classification spec names in <c>"dataset": {"source": ...}</c>.</summary>
public static class DatasetCatalogue
{
    private static readonly WholeField s_samples = new("samples", 200, 4, 1_000_000, "samples to draw");
    private static readonly NumberField s_noise = new("noise", 0.1, 0, 10, "standard deviation of the Gaussian noise added to each point");
    private static readonly NumberField s_factor = new("factor", 0.5, 0.01, 0.99, "inner radius over outer radius");
    private static readonly WholeField s_classes = new("classes", 2, 2, 100, "blobs, one per class");
    private static readonly WholeField s_features = new("features", 2, 1, 1000, "dimensions");
    private static readonly NumberField s_spread = new("spread", 1.0, 1e-6, 1e6, "standard deviation of each blob");
    private static readonly WholeField s_bits = new("bits", 3, 1, 20, "bits of each sample; the label is their parity");
    private static readonly WholeField s_perClass = s_samples with { Doc = "samples per class" };
    private static readonly NumberField s_gap = new("gap", 0.3, 0, 1, "labels are kept only where the ZZ-map expectation is this far from 0");
    private static readonly TextField s_path = new("path", true,
        "the CSV file, relative to the spec's folder and inside it: header row, numeric features, last column label; at most 256 MiB");

    /// <summary>Every dataset source.</summary>
    public static Catalogue<DatasetEntry> Catalogue { get; } = new("datasets", "dataset.source (classification)",
    [
        Generated("moons", "two interleaving half circles (scikit-learn's make_moons)", [s_samples, s_noise], s =>
        {
            var (n, noise) = (s_samples.Read(s), s_noise.Read(s));
            return (r => SyntheticData.Moons(n, noise, r), n, 2);
        }),
        Generated("circles", "two concentric circles", [s_samples, s_noise, s_factor], s =>
        {
            var (n, noise, factor) = (s_samples.Read(s), s_noise.Read(s), s_factor.Read(s));
            return (r => SyntheticData.Circles(n, noise, factor, r), n, 2);
        }),
        Generated("xor", "four Gaussian clusters labelled by the XOR of their quadrant signs", [s_samples, s_noise], s =>
        {
            var (n, noise) = (s_samples.Read(s), s_noise.Read(s));
            return (r => SyntheticData.Xor(n, noise, r), n, 2);
        }),
        Generated("parity", "random bit strings labelled by their parity", [s_samples, s_bits], s =>
        {
            var (n, bits) = (s_samples.Read(s), s_bits.Read(s));
            return (r => SyntheticData.Parity(n, bits, r), n, bits);
        }),
        Generated("blobs", "isotropic Gaussian blobs, one per class", [s_samples, s_classes, s_features, s_spread], s =>
        {
            var (n, classes, features, spread) = (s_samples.Read(s), s_classes.Read(s), s_features.Read(s), s_spread.Read(s));
            return (r => SyntheticData.Blobs(n, classes, features, spread, r), n, features);
        }),
        Generated("adhoc", "the 2-qubit ad hoc dataset of Havlicek et al. (2019), labelled by the ZZ feature map itself", [s_perClass, s_gap], s =>
        {
            var (n, gap) = (s_perClass.Read(s), s_gap.Read(s));
            return (r => SyntheticData.AdHoc(n, gap, r), 2L * n, 2);
        }),
        new("csv", "a CSV file (see experiments/data/)", (s, mustExist) =>
        {
            var path = s.FilePath(s_path.Name, mustExist);
            return new DatasetSource("csv", _ => CsvDataset.Load(path)) { Path = path };
        }) { Fields = [s_path] },
    ]);

    /// <summary>An entry of a generator: its fields are read in order, then its size is known before any data is drawn.</summary>
    private static DatasetEntry Generated(string name, string doc, IReadOnlyList<Field> fields, Func<SettingsReader, (Func<Random, Dataset> Make, long Samples, long Features)> read) =>
        new(name, doc, (s, _) =>
        {
            var (make, samples, features) = read(s);
            return new DatasetSource(name, make) { Size = (samples, features) };
        }) { Fields = fields };
}
