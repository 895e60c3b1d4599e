using System.Text.Json;
using System.Text.Json.Serialization;
using QuantumML.IO;

namespace QuantumML.Experiments.Results;

/// <summary>Writes and reads <c>results.json</c>; writes go to a temporary file first and then replace the
/// target in one move, so a crash or Ctrl-C never leaves a half-written file.</summary>
public static class ResultsFile
{
    /// <summary>The file name inside a results folder.</summary>
    public const string FileName = "results.json";

    /// <summary>JSON settings of results: snake_case names, indented.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes <paramref name="result"/> to <paramref name="folder"/>/results.json atomically; returns the path.</summary>
    public static string Write(string folder, ExperimentResult result)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        AtomicFile.WriteText(path, JsonSerializer.Serialize(result, Options));
        return path;
    }

    /// <summary>Reads a results file.</summary>
    /// <exception cref="ResultsFileException">The file is missing, damaged or of another shape; the message names it.</exception>
    public static ExperimentResult Read(string path) => ResultsJson.Read<ExperimentResult>(path);
}
