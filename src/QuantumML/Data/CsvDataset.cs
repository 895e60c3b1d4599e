using System.Globalization;

namespace QuantumML.Data;

/// <summary>
/// Reads the tabular CSV format of the project's datasets: a header row, numeric feature columns and a
/// final <c>label</c> column holding class names.
/// </summary>
/// <remarks>
/// Class labels are numbered in order of first appearance in the file (so iris gives setosa = 0,
/// versicolor = 1, virginica = 2, and the dataset READMEs list classes in that order). Fields are
/// separated by commas and trimmed; quoting is not supported because none of the datasets need it.
/// Numbers use the invariant culture and must be finite. Blank lines are skipped.
/// </remarks>
public static class CsvDataset
{
    /// <summary>Loads a CSV file; the dataset is named after the file (without extension).</summary>
    /// <exception cref="DataFormatException">The file is not in the expected format.</exception>
    public static Dataset Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Parse(reader, Path.GetFileName(path));
    }

    /// <summary>Parses CSV text; <paramref name="fileName"/> names the source in errors and the dataset.</summary>
    /// <exception cref="DataFormatException">The text is not in the expected format.</exception>
    public static Dataset Parse(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var lineNumber = 0;
        string? line;
        string[]? header = null;
        while (header is null && (line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Trim().Length > 0) header = Fields(line);
        }
        if (header is null) throw new DataFormatException(fileName, Math.Max(lineNumber, 1), null, "the file is empty (expected a header row)");
        if (header.Length < 2 || header[^1] != "label")
            throw new DataFormatException(fileName, lineNumber, null, $"the header must end with a 'label' column after at least one feature column, found '{string.Join(",", header)}'");
        for (var c = 0; c < header.Length; c++)
        {
            if (header[c].Length == 0) throw new DataFormatException(fileName, lineNumber, null, $"header column {c + 1} has no name");
            if (Array.IndexOf(header, header[c]) != c) throw new DataFormatException(fileName, lineNumber, header[c], "the column name appears twice");
        }

        var featureCount = header.Length - 1;
        var features = new List<double[]>();
        var labels = new List<int>();
        var classes = new List<string>();
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            var fields = Fields(line);
            if (fields.Length != header.Length)
                throw new DataFormatException(fileName, lineNumber, null, $"expected {header.Length} fields, found {fields.Length}");
            var row = new double[featureCount];
            for (var c = 0; c < featureCount; c++)
            {
                if (!double.TryParse(fields[c], NumberStyles.Float, CultureInfo.InvariantCulture, out row[c]))
                    throw new DataFormatException(fileName, lineNumber, header[c], $"'{fields[c]}' is not a number");
                if (!double.IsFinite(row[c]))
                    throw new DataFormatException(fileName, lineNumber, header[c], $"'{fields[c]}' is not a finite number");
            }
            var label = fields[^1];
            if (label.Length == 0) throw new DataFormatException(fileName, lineNumber, "label", "the class name is empty");
            var index = classes.IndexOf(label);
            if (index < 0)
            {
                index = classes.Count;
                classes.Add(label);
            }
            features.Add(row);
            labels.Add(index);
        }
        if (features.Count == 0) throw new DataFormatException(fileName, lineNumber, null, "the file has a header but no samples");
        return new Dataset(Path.GetFileNameWithoutExtension(fileName), features.ToArray(), labels.ToArray(), classes.ToArray(), header[..^1]);
    }

    private static string[] Fields(string line) => line.Split(',').Select(f => f.Trim()).ToArray();
}
