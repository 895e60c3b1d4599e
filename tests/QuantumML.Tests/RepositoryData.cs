using QuantumML.Data;

namespace QuantumML.Tests;

/// <summary>The datasets in the repository's experiments/data folder, found by walking up from the test binaries.</summary>
internal static class RepositoryData
{
    public static string PathOf(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "experiments", "data", fileName);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"experiments/data/{fileName} not found above {AppContext.BaseDirectory}");
    }

    public static Dataset Load(string fileName) => CsvDataset.Load(PathOf(fileName));
}
