using System.Globalization;
using System.Text;
using QuantumML.IO;

namespace QuantumML.Data;

/// <summary>
/// Reads the tabular CSV format of the project's datasets: a header row, numeric feature columns and a
/// final <c>label</c> column holding class names.
/// </summary>
/// <remarks>
/// Class labels are numbered in order of first appearance in the file (so iris gives setosa = 0,
/// versicolor = 1, virginica = 2, and the dataset READMEs list classes in that order). Fields are
/// separated by commas and trimmed; quoting is not supported because none of the datasets need it.
/// Numbers use the invariant culture and must be finite. Blank lines are skipped. Error messages name the file, the
/// line and the column, and never quote the file's values.
/// </remarks>
public static class CsvDataset
{
    /// <summary>Loads a CSV file; the dataset is named after the file (without extension).</summary>
    /// <exception cref="DataFormatException">The file is missing, not a regular file, larger than
    /// <see cref="DataFile.DefaultMaxBytes"/>, or not in the expected format.</exception>
    public static Dataset Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = DataFile.ReadText(path, what: "data file");
        }
        catch (DataFileException e)
        {
            throw new DataFormatException(e.Message, e);
        }
        using var reader = new StringReader(text);
        return Parse(reader, Path.GetFileName(path));
    }

    /// <summary>Parses CSV text; <paramref name="fileName"/> names the source in errors and the dataset.</summary>
    /// <exception cref="DataFormatException">The text is not in the expected format.</exception>
    public static Dataset Parse(TextReader reader, string fileName)
    {
        var table = ReadTable(reader, fileName, requireLabel: true);
        var classes = new List<string>();
        var labels = table.Labels!.Select(label =>
        {
            var index = classes.IndexOf(label);
            if (index < 0)
            {
                index = classes.Count;
                classes.Add(label);
            }
            return index;
        }).ToArray();
        return new Dataset(Path.GetFileNameWithoutExtension(fileName), table.Features, labels, classes.ToArray(), table.FeatureNames);
    }

    /// <summary>Reads the rows of CSV text whose final <c>label</c> column is optional unless <paramref name="requireLabel"/>:
    /// without one, every column is a feature.</summary>
    /// <exception cref="DataFormatException">The text is not in the expected format.</exception>
    public static CsvTable ReadTable(TextReader reader, string fileName, bool requireLabel)
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
        var labelled = header[^1] == "label";
        if (requireLabel && (header.Length < 2 || !labelled))
            throw new DataFormatException(fileName, lineNumber, null, $"the header must end with a 'label' column after at least one feature column; it has {header.Length} column(s){(labelled ? "" : " and the last is not 'label'")}");
        if (labelled && header.Length < 2)
            throw new DataFormatException(fileName, lineNumber, null, "the header has a 'label' column but no feature column");
        for (var c = 0; c < header.Length; c++)
        {
            if (header[c].Length == 0) throw new DataFormatException(fileName, lineNumber, null, $"header column {c + 1} has no name");
            if (Array.IndexOf(header, header[c]) != c) throw new DataFormatException(fileName, lineNumber, header[c], "the column name appears twice");
        }

        var featureCount = labelled ? header.Length - 1 : header.Length;
        var features = new List<double[]>();
        var labels = new List<string>();
        var lines = new List<int>();
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
                    throw new DataFormatException(fileName, lineNumber, header[c], $"not a number (field {c + 1})");
                if (!double.IsFinite(row[c]))
                    throw new DataFormatException(fileName, lineNumber, header[c], $"not a finite number (field {c + 1})");
            }
            if (labelled)
            {
                if (fields[^1].Length == 0) throw new DataFormatException(fileName, lineNumber, "label", "the class name is empty");
                labels.Add(fields[^1]);
            }
            features.Add(row);
            lines.Add(lineNumber);
        }
        if (features.Count == 0) throw new DataFormatException(fileName, lineNumber, null, "the file has a header but no samples");
        return new CsvTable(header[..featureCount], features.ToArray(), labelled ? labels.ToArray() : null, lines.ToArray());
    }

    /// <summary>The dataset as CSV text in this format: a header, then one row per sample ending with its class name.
    /// Numbers are written in their shortest round-trip form, so the file reads back to the same doubles.</summary>
    public static string Format(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        foreach (var name in dataset.FeatureNames.Concat(dataset.ClassNames))
            if (name.Contains(',', StringComparison.Ordinal) || name.Trim() != name || name.Length == 0)
                throw new ArgumentException($"'{name}' cannot be written as a CSV field of this format (no commas, no surrounding spaces, not empty).", nameof(dataset));
        var text = new StringBuilder();
        text.Append(string.Join(',', dataset.FeatureNames)).Append(",label\n");
        for (var i = 0; i < dataset.Count; i++)
        {
            foreach (var value in dataset.Features[i]) text.Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(',');
            text.Append(dataset.ClassNames[dataset.Labels[i]]).Append('\n');
        }
        return text.ToString();
    }

    private static string[] Fields(string line) => line.Split(',').Select(f => f.Trim()).ToArray();
}
