using System.Text.RegularExpressions;

namespace QuantumML.Classroom.Assignments;

/// <summary>One parameter of a Q# callable.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Type">Its type as written, such as <c>(Int, Int)[]</c>.</param>
public sealed record Parameter(string Name, string Type);

/// <summary>The signature an exercise asks for, such as <c>operation ApplyLayer(theta : Double[], qs : Qubit[]) : Unit is Adj + Ctl</c>.</summary>
/// <param name="IsOperation">An operation (else a function).</param>
/// <param name="Name">The callable's name.</param>
/// <param name="Parameters">Its parameters in order.</param>
/// <param name="ReturnType">Its return type as written.</param>
/// <param name="Adjoint">Whether it declares <c>Adj</c>.</param>
/// <param name="Controlled">Whether it declares <c>Ctl</c>.</param>
public sealed partial record Signature(bool IsOperation, string Name, IReadOnlyList<Parameter> Parameters, string ReturnType, bool Adjoint, bool Controlled)
{
    /// <summary>The register the callable acts on: its last parameter, when that is a <c>Qubit[]</c> or a <c>Qubit</c>.</summary>
    public Parameter? Register => Parameters.Count > 0 && Parameters[^1].Type is "Qubit[]" or "Qubit" ? Parameters[^1] : null;

    /// <summary>Whether the register is a single <c>Qubit</c> rather than a <c>Qubit[]</c>.</summary>
    public bool SingleQubit => Register?.Type == "Qubit";

    /// <summary>The parameters before the register: those a check's inputs fill.</summary>
    public IReadOnlyList<Parameter> Classical => Register is null ? Parameters : Parameters.Take(Parameters.Count - 1).ToList();

    /// <summary>Parses a signature.</summary>
    /// <exception cref="FormatException">The text is not <c>operation|function NAME(PARAM : TYPE, …) : TYPE [is Adj + Ctl]</c>.</exception>
    public static Signature Parse(string text)
    {
        var head = Head().Match(text);
        if (!head.Success)
            throw new FormatException("expected 'operation NAME(PARAMETER : TYPE, ...) : TYPE [is Adj + Ctl]' or 'function NAME(...) : TYPE'");
        var open = head.Length - 1;
        var close = Matching(text, open) ?? throw new FormatException("the parameter list has no closing ')'");
        var parameters = new List<Parameter>();
        foreach (var part in SplitTopLevel(text[(open + 1)..close]))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? "" : part[..colon].Trim();
            if (colon < 0 || !Identifier().IsMatch(name))
                throw new FormatException($"parameter '{part.Trim()}' is not 'NAME : TYPE'");
            var type = Spaces().Replace(part[(colon + 1)..].Trim(), " ");
            if (type.Length == 0) throw new FormatException($"parameter '{name}' has no type");
            parameters.Add(new Parameter(name, type));
        }
        var tail = Tail().Match(text[(close + 1)..]);
        if (!tail.Success)
            throw new FormatException("expected ': RETURN-TYPE' after the parameters, then optionally 'is Adj', 'is Ctl' or 'is Adj + Ctl'");
        var functors = tail.Groups["functors"].Success
            ? tail.Groups["functors"].Value.Split('+', StringSplitOptions.TrimEntries)
            : [];
        if (functors.Any(f => f is not ("Adj" or "Ctl")) || functors.Distinct().Count() != functors.Length)
            throw new FormatException($"'is {tail.Groups["functors"].Value.Trim()}': the characteristics must be Adj, Ctl or Adj + Ctl");
        var isOperation = head.Groups["kind"].Value == "operation";
        if (!isOperation && functors.Length > 0) throw new FormatException("a function has no Adj or Ctl");
        return new Signature(isOperation, head.Groups["name"].Value, parameters, Spaces().Replace(tail.Groups["type"].Value.Trim(), " "),
            functors.Contains("Adj"), functors.Contains("Ctl"));
    }

    /// <summary>The signature as Q# declares it.</summary>
    public override string ToString()
    {
        var functors = (Adjoint, Controlled) switch
        {
            (true, true) => " is Adj + Ctl",
            (true, false) => " is Adj",
            (false, true) => " is Ctl",
            _ => "",
        };
        return $"{(IsOperation ? "operation" : "function")} {Name}({string.Join(", ", Parameters.Select(p => $"{p.Name} : {p.Type}"))}) : {ReturnType}{functors}";
    }

    /// <summary>Splits at commas outside brackets and parentheses.</summary>
    internal static IEnumerable<string> SplitTopLevel(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return text[start..i];
                    start = i + 1;
                    break;
            }
        }
        yield return text[start..];
    }

    private static int? Matching(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }
        return null;
    }

    [GeneratedRegex(@"^\s*(?<kind>operation|function)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\(")]
    private static partial Regex Head();

    [GeneratedRegex(@"^\s*:\s*(?<type>.+?)\s*(?:\bis\s+(?<functors>.+?))?\s*$")]
    private static partial Regex Tail();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
