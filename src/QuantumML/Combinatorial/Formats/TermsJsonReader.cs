using System.Globalization;
using System.Text;
using System.Text.Json;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Formats;

/// <summary>Reads JSON terms, the format of Azure Quantum's optimization service:
/// {"type": "ising" | "pubo", "terms": [{"c": w, "ids": [i, j]}, …]}, optionally wrapped in {"cost_function": {…}}.
/// A term is c·Π s_i (Ising) or c·Π x_i (PUBO); ids are 0-based variable numbers.</summary>
/// <remarks>Read token by token so that every error names the line of the term at fault. Repeated ids are reduced
/// (s_i² = 1, x_i² = x_i) before the degree is checked; terms of degree 3 or more are refused, since the models here
/// are quadratic.</remarks>
internal static class TermsJsonReader
{
    private sealed record Term(double C, int[] Ids, int Line);

    public static CombinatorialProblem Parse(string text, string file, string name)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = LineStarts(bytes);
        int LineOf(long offset)
        {
            var k = Array.BinarySearch(lineStarts, offset);
            return k >= 0 ? k + 1 : ~k;
        }
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        string? type = null;
        List<Term>? terms = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new ProblemFormatException(file, 1, "expected a JSON object {\"type\": …, \"terms\": […]}");
            ReadObject(ref reader, file, LineOf, ref type, ref terms);
            if (reader.Read()) throw new ProblemFormatException(file, LineOf(reader.TokenStartIndex), "text after the end of the JSON object");
        }
        catch (JsonException e)
        {
            throw new ProblemFormatException(file, (int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + e.Message, e);
        }
        if (type is null) throw new ProblemFormatException(file, 1, "missing field \"type\" (\"ising\" or \"pubo\")");
        if (terms is null) throw new ProblemFormatException(file, 1, "missing field \"terms\"");
        return Build(type, terms, file, name);
    }

    // The offsets at which lines start; the 1-based line of offset o is the number of starts ≤ o.
    private static long[] LineStarts(byte[] bytes)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') starts.Add(i + 1);
        }
        return [.. starts];
    }

    private static void ReadObject(ref Utf8JsonReader reader, string file, Func<long, int> lineOf, ref string? type, ref List<Term>? terms)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var line = lineOf(reader.TokenStartIndex);
            var field = reader.GetString();
            reader.Read();
            switch (field)
            {
                case "type":
                    type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    if (type is not ("ising" or "pubo"))
                        throw new ProblemFormatException(file, line, "\"type\" must be \"ising\" or \"pubo\"");
                    break;
                case "terms":
                    terms = ReadTerms(ref reader, file, lineOf);
                    break;
                case "cost_function" when reader.TokenType == JsonTokenType.StartObject:
                    ReadObject(ref reader, file, lineOf, ref type, ref terms);
                    break;
                case "version":
                    reader.Skip();
                    break;
                default:
                    throw new ProblemFormatException(file, line, $"unknown field \"{field}\" (expected \"type\" and \"terms\")");
            }
        }
    }

    private static List<Term> ReadTerms(ref Utf8JsonReader reader, string file, Func<long, int> lineOf)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new ProblemFormatException(file, lineOf(reader.TokenStartIndex), "\"terms\" must be an array");
        var terms = new List<Term>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = lineOf(reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.StartObject)
                throw new ProblemFormatException(file, line, "a term must be an object {\"c\": w, \"ids\": [i, j]}");
            double? c = null;
            int[]? ids = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var fieldLine = lineOf(reader.TokenStartIndex);
                var field = reader.GetString();
                reader.Read();
                if (field == "c")
                {
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value) || !double.IsFinite(value))
                        throw new ProblemFormatException(file, fieldLine, "\"c\" must be a finite number");
                    c = value;
                }
                else if (field == "ids")
                {
                    ids = ReadIds(ref reader, file, fieldLine);
                }
                else
                {
                    throw new ProblemFormatException(file, fieldLine, $"unknown field \"{field}\" in a term (expected \"c\" and \"ids\")");
                }
            }
            if (c is null || ids is null) throw new ProblemFormatException(file, line, "a term needs both \"c\" and \"ids\"");
            terms.Add(new Term(c.Value, ids, line));
        }
        return terms;
    }

    private static int[] ReadIds(ref Utf8JsonReader reader, string file, int line)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new ProblemFormatException(file, line, "\"ids\" must be an array of variable numbers");
        var ids = new List<int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var id) || id < 0)
                throw new ProblemFormatException(file, line, "\"ids\" must hold non-negative integers");
            if (id >= ProblemLoader.MaxVariables)
                throw new ProblemFormatException(file, line, string.Create(CultureInfo.InvariantCulture, $"\"ids\" names variable {id}; at most {ProblemLoader.MaxVariables} variables (0 to {ProblemLoader.MaxVariables - 1})"));
            ids.Add(id);
        }
        return [.. ids];
    }

    private static CombinatorialProblem Build(string type, List<Term> terms, string file, string name)
    {
        var ising = type == "ising";
        var count = terms.Count == 0 ? 0 : terms.Max(t => t.Ids.Length == 0 ? -1 : t.Ids.Max()) + 1;
        if (count == 0) throw new ProblemFormatException(file, terms.Count == 0 ? 1 : terms[0].Line, "the terms name no variables");
        var linear = new double[count];
        var pairs = new List<Coupling>();
        var offset = 0.0;
        foreach (var term in terms)
        {
            // s_i² = 1 cancels a pair of equal ids; x_i² = x_i keeps one.
            var ids = ising
                ? term.Ids.GroupBy(i => i).Where(g => g.Count() % 2 == 1).Select(g => g.Key).ToArray()
                : term.Ids.Distinct().ToArray();
            switch (ids.Length)
            {
                case 0: offset += term.C; break;
                case 1: linear[ids[0]] += term.C; break;
                case 2: pairs.Add(new Coupling(ids[0], ids[1], term.C)); break;
                default:
                    throw new ProblemFormatException(file, term.Line, string.Create(CultureInfo.InvariantCulture,
                        $"a term of degree {ids.Length} (ids [{string.Join(", ", term.Ids)}]): only terms of degree 0, 1 and 2 are supported (Ising and QUBO models are quadratic)"));
            }
        }
        try
        {
            return ising
                ? CombinatorialProblem.FromIsing(name, IsingModel.Create(count, pairs, linear, offset))
                : CombinatorialProblem.FromQubo(name, QuboModel.Create(count, pairs, linear, offset));
        }
        catch (ArgumentException e)
        {
            // Each coefficient is finite, but their sums (or the QUBO-to-Ising conversion) can overflow a double.
            throw new ProblemFormatException(file, terms[0].Line, $"the terms do not make a finite model: {e.Message.Split(" (Parameter")[0]}", e);
        }
    }
}
