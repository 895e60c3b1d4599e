using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QuantumML.Settings;

namespace QuantumML.Classroom.Assignments;

/// <summary>Reads and validates an assignment folder; every problem is an <see cref="AssignmentException"/> naming the file
/// and the JSON path of the field.</summary>
public static partial class AssignmentLoader
{
    /// <summary>The time limit of an exercise that sets none, per student.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>The qubit limit of an exercise that sets none.</summary>
    public const int DefaultQubitLimit = 12;

    /// <summary>The shortest time limit an exercise may have, in seconds.</summary>
    public const double MinTimeLimitSeconds = 0.1;

    /// <summary>The longest time limit an exercise may have, in seconds (an hour per student and exercise).</summary>
    public const double MaxTimeLimitSeconds = 3600;

    /// <summary>The most qubits any check may name: the simulator's cost doubles with each.</summary>
    public const int MaxQubits = 24;

    private static readonly string[] StatisticsReturnTypes = ["Result", "Result[]", "Bool", "Bool[]", "Int"];

    /// <summary>Loads the assignment in <paramref name="directory"/>.</summary>
    public static Assignment Load(string directory)
    {
        if (!Directory.Exists(directory)) throw new AssignmentException($"{directory}: no such assignment folder");
        var file = Path.Combine(directory, Assignment.FileName);
        if (!File.Exists(file))
            throw new AssignmentException($"{file}: not found; an assignment folder holds {Assignment.FileName}, {Assignment.TemplateFolder}/ and {Assignment.ReferenceFolder}/ (see assignments/README.md)");
        foreach (var folder in new[] { Assignment.TemplateFolder, Assignment.ReferenceFolder })
        {
            var path = Path.Combine(directory, folder);
            if (!Directory.Exists(path) || !Directory.EnumerateFiles(path, "*.qs", SearchOption.AllDirectories).Any())
                throw new AssignmentException($"{path}: no .qs files; an assignment needs its {folder}/ folder with Q# sources");
        }
        try
        {
            var root = new SettingsReader(SettingsReader.Parse(File.ReadAllText(file), file), "$", file);
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
            return Parse(root, name, Path.GetFullPath(directory));
        }
        catch (SpecException e)
        {
            throw new AssignmentException(e.Message);
        }
    }

    private static Assignment Parse(SettingsReader root, string name, string directory)
    {
        var title = root.Text("title");
        var description = root.OptionalText("description") ?? "";
        var seed = root.Whole("seed", 1, 0);
        var timeLimit = TimeSpan.FromSeconds(root.Number("timeLimitSeconds", DefaultTimeLimit.TotalSeconds, MinTimeLimitSeconds, MaxTimeLimitSeconds));
        var qubitLimit = root.Whole("qubitLimit", DefaultQubitLimit, 1, MaxQubits);
        var exercises = new List<Exercise>();
        foreach (var (node, path) in root.Array("exercises"))
        {
            var exercise = ReadExercise(new SettingsReader(node, path, root.File), timeLimit, qubitLimit);
            if (exercises.Any(e => e.Id == exercise.Id))
                throw root.Error($"{path}.id '{exercise.Id}' is used twice; exercise ids must be unique");
            if (exercises.Any(e => e.Callable == exercise.Callable))
                throw root.Error($"{path}.signature: callable '{exercise.Callable}' belongs to another exercise already");
            exercises.Add(exercise);
        }
        if (exercises.Count == 0) throw root.Error("$.exercises must list at least one exercise");
        root.RejectUnknown();
        return new Assignment(name, directory, title, seed, exercises) { Description = description };
    }

    private static Exercise ReadExercise(SettingsReader reader, TimeSpan defaultTimeLimit, int defaultQubitLimit)
    {
        var id = reader.Text("id");
        if (!IdPattern().IsMatch(id))
            throw reader.Error($"{reader.Path}.id '{id}' must be lower-case letters, digits and dashes, starting with a letter");
        var title = reader.Text("title");
        Signature signature;
        try
        {
            signature = Signature.Parse(reader.Text("signature"));
        }
        catch (FormatException e)
        {
            throw reader.Error($"{reader.Path}.signature: {e.Message}");
        }
        if (reader.OptionalText("callable") is { } callable && callable != signature.Name)
            throw reader.Error($"{reader.Path}.callable is '{callable}' but the signature declares '{signature.Name}'");
        var points = reader.Whole("points", 1, 0, 1000);
        var hints = Strings(reader, "hints") ?? [];
        var timeLimit = TimeSpan.FromSeconds(reader.Number("timeLimitSeconds", defaultTimeLimit.TotalSeconds, MinTimeLimitSeconds, MaxTimeLimitSeconds));
        var qubitLimit = reader.Whole("qubitLimit", defaultQubitLimit, 1, MaxQubits);
        var checkReader = reader.Section("check") ?? throw reader.Error($"{reader.Path}.check is required");
        var check = ReadCheck(checkReader, signature);
        if (check.Kind.ActsOnRegister() && qubitLimit < check.Qubits)
            throw reader.Error($"{reader.Path}.qubitLimit is {qubitLimit}, below the {check.Qubits}-qubit register the check gives the callable");
        reader.RejectUnknown();
        return new Exercise(id, title, signature, points, check, hints, timeLimit, qubitLimit);
    }

    private static CheckSpec ReadCheck(SettingsReader reader, Signature signature)
    {
        var kind = CheckKinds.All.First(k => k.Name == reader.Choice("kind", "", CheckKinds.All.Select(k => k.Name).ToArray())).Kind;
        RequireShape(reader, kind, signature);
        var spec = new CheckSpec(kind);
        switch (kind)
        {
            case CheckKind.Operation or CheckKind.State:
                spec = spec with { Qubits = Register(reader), Inputs = Inputs(reader, signature, required: true), Arguments = Arguments(reader) };
                break;
            case CheckKind.Encoding or CheckKind.Ansatz:
                spec = spec with { Qubits = Register(reader), Random = Random(reader, required: true), Arguments = Arguments(reader) };
                break;
            case CheckKind.Values:
                spec = spec with { Inputs = Inputs(reader, signature, required: true), Arguments = Arguments(reader), Tolerance = reader.Number("tolerance", 1e-9, 0, 1e6) };
                break;
            case CheckKind.Statistics:
                spec = spec with
                {
                    Inputs = Inputs(reader, signature, required: true),
                    Arguments = Arguments(reader),
                    Shots = reader.Whole("shots", 500, 20, 100_000),
                    ReferenceShots = reader.Whole("referenceShots", 2000, 20, 1_000_000),
                    Significance = reader.Number("significance", CheckSpec.DefaultSignificance, 1e-12, 0.5),
                };
                break;
            case CheckKind.Expectation or CheckKind.Gradient:
                var qubits = Register(reader);
                var observable = reader.Integers("observable") ?? throw reader.Error($"{reader.Path}.observable is required: the qubits of the Z⊗…⊗Z to measure, such as [0]");
                if (observable.Length == 0 || observable.Any(q => q < 0 || q >= qubits) || observable.Distinct().Count() != observable.Length)
                    throw reader.Error($"{reader.Path}.observable must list distinct qubits in [0, {qubits - 1}]");
                spec = spec with
                {
                    Qubits = qubits,
                    Circuit = Identifier(reader, "circuit"),
                    Observable = observable,
                    Inputs = Inputs(reader, signature, required: false),
                    Random = Random(reader, required: false),
                    Arguments = Arguments(reader),
                    Tolerance = reader.Has("tolerance") ? reader.Number("tolerance", 0, 1e-9, 10) : throw reader.Error($"{reader.Path}.tolerance is required: the largest accepted error of the student's estimate"),
                };
                if (spec.Inputs.Count == 0 && spec.Random is null)
                    throw reader.Error($"{reader.Path} needs inputs (Double[] literals) or random, or both");
                break;
        }
        if ((spec.Inputs.Any(i => i.Length > 0) || spec.Random is not null) && !spec.Arguments.Contains("{x}", StringComparison.Ordinal))
            throw reader.Error($"{reader.Path}.arguments '{spec.Arguments}' has no {{x}} for the input to go into");
        reader.RejectUnknown();
        return spec;
    }

    /// <summary>Refuses a signature the check kind cannot call.</summary>
    private static void RequireShape(SettingsReader reader, CheckKind kind, Signature s)
    {
        var problem = kind switch
        {
            CheckKind.Operation or CheckKind.Ansatz or CheckKind.State or CheckKind.Encoding when !s.IsOperation || s.Register is null || s.ReturnType != "Unit" =>
                "must be an operation returning Unit whose last parameter is the register (Qubit[] or Qubit)",
            CheckKind.Values when s.Register is not null || s.ReturnType == "Unit" =>
                "must return a value and take no qubits",
            CheckKind.Statistics when !s.IsOperation || s.Register is not null || !StatisticsReturnTypes.Contains(s.ReturnType, StringComparer.Ordinal) =>
                $"must be an operation that takes no qubits (it allocates its own) and returns one of {string.Join(", ", StatisticsReturnTypes)}",
            CheckKind.Expectation when s.Register is not null || s.ReturnType != "Double" =>
                "must return a Double (the estimate) and take no qubits",
            CheckKind.Gradient when s.Register is not null || s.ReturnType != "Double[]" =>
                "must return a Double[] (the gradient) and take no qubits",
            _ => null,
        };
        if (problem is not null)
            throw reader.Error($"{reader.Path}.kind '{kind.Name()}': the callable '{s}' {problem}");
    }

    private static int Register(SettingsReader reader) =>
        reader.Has("qubits") ? reader.Whole("qubits", 1, 1, MaxQubits) : throw reader.Error($"{reader.Path}.qubits is required: the size of the register");

    private static string Arguments(SettingsReader reader) => reader.OptionalText("arguments") ?? "{x}";

    private static string Identifier(SettingsReader reader, string name)
    {
        var value = reader.Text(name);
        return IdentifierPattern().IsMatch(value) ? value : throw reader.Error($"{reader.Path}.{name} '{value}' must be the name of a callable of the reference");
    }

    /// <summary>Listed inputs; a callable without classical parameters gets the one empty input by default.</summary>
    private static List<string> Inputs(SettingsReader reader, Signature signature, bool required)
    {
        var inputs = Strings(reader, "inputs");
        if (inputs is null)
        {
            if (signature.Classical.Count == 0) return [""];
            if (required) throw reader.Error($"{reader.Path}.inputs is required: one string of Q# arguments per case, such as \"[0.1, 0.2], 3\"");
            return [];
        }
        if (inputs.Count == 0 && required) throw reader.Error($"{reader.Path}.inputs must list at least one input");
        return inputs;
    }

    private static RandomInputs? Random(SettingsReader reader, bool required)
    {
        var section = reader.Section("random");
        if (section is null)
            return required ? throw reader.Error($"{reader.Path}.random is required: {{\"count\": N, \"length\": L, \"min\": A, \"max\": B}}") : null;
        var random = new RandomInputs(section.Whole("count", 3, 1, 100), section.RequiredWhole("length", 1, 1000),
            section.Number("min", -Math.PI, -1e6, 1e6), section.Number("max", Math.PI, -1e6, 1e6));
        if (!(random.Min < random.Max)) throw section.Error($"{section.Path}.min must be below {section.Path}.max");
        section.RejectUnknown();
        return random;
    }

    private static List<string>? Strings(SettingsReader reader, string name)
    {
        if (!reader.Has(name)) return null;
        return reader.Array(name).Select(e => e.Node is JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : throw reader.Error($"{e.Path} must be a string")).ToList();
    }

    /// <summary>Formats a number of seconds for messages.</summary>
    internal static string Seconds(TimeSpan limit) => limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
