namespace QuantumML.Experiments.Specs;

/// <summary>Reads a spec of any task: the root's <c>"task"</c> field (default classification) picks the reader.</summary>
public static class TaskSpecLoader
{
    /// <summary>The tasks a spec may name.</summary>
    public static readonly string[] Tasks = ["classification", "vqe", "optimization", "graph"];

    /// <summary>Loads <paramref name="path"/>; every problem is a <see cref="SpecException"/> naming the file and the JSON path.</summary>
    public static ITaskSpec Load(string path, bool checkFiles = true)
    {
        if (!File.Exists(path)) throw new SpecException($"{path}: no such spec file");
        return Parse(File.ReadAllText(path), path, checkFiles);
    }

    /// <summary>Parses spec text; <paramref name="file"/> names it in messages and anchors relative paths.</summary>
    public static ITaskSpec Parse(string text, string file, bool checkFiles = true)
    {
        var root = new SettingsReader(SettingsReader.Parse(text, file), "$", file);
        return root.Choice("task", "classification", Tasks) switch
        {
            "vqe" => VqeSpecLoader.Parse(root, checkFiles),
            "optimization" => OptimizationSpecLoader.Parse(root, checkFiles),
            "graph" => GraphSpecLoader.Parse(root, checkFiles),
            _ => SpecLoader.Parse(root, checkFiles),
        };
    }
}
