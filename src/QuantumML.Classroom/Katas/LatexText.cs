using System.Text;
using System.Text.RegularExpressions;

namespace QuantumML.Classroom.Katas;

/// <summary>Makes the LaTeX of kata texts readable in a terminal: <c>\frac{1}{\sqrt{2}} \big(\ket{0} + \ket{1}\big)</c>
/// becomes <c>1/√2 (|0⟩ + |1⟩)</c>.</summary>
/// <remarks>
/// Written by hand: no .NET library turns LaTeX math into plain Unicode text. It covers what the Katas use (kets,
/// fractions, roots, Greek letters, operators, matrices, super- and subscripts); any other command is left as
/// written, which is still readable LaTeX.
/// </remarks>
internal static partial class LatexText
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ",
        ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "φ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ",
        ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["otimes"] = "⊗", ["oplus"] = "⊕", ["bigoplus"] = "⊕", ["bigotimes"] = "⊗", ["cdot"] = "·", ["times"] = "×",
        ["dots"] = "…", ["ldots"] = "…", ["cdots"] = "⋯", ["vdots"] = "⋮", ["ddots"] = "⋱",
        ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈",
        ["equiv"] = "≡", ["pm"] = "±", ["mp"] = "∓", ["dagger"] = "†", ["in"] = "∈", ["notin"] = "∉", ["sum"] = "Σ",
        ["prod"] = "Π", ["infty"] = "∞", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["Rightarrow"] = "⇒",
        ["langle"] = "⟨", ["rangle"] = "⟩", ["vee"] = "∨", ["lor"] = "∨", ["wedge"] = "∧", ["land"] = "∧", ["neg"] = "¬",
        ["lnot"] = "¬", ["forall"] = "∀", ["exists"] = "∃", ["partial"] = "∂", ["nabla"] = "∇", ["hbar"] = "ℏ",
        ["mod"] = " mod ", ["sin"] = "sin", ["cos"] = "cos", ["tan"] = "tan", ["exp"] = "exp", ["log"] = "log",
        ["ln"] = "ln", ["det"] = "det", ["arg"] = "arg", ["max"] = "max", ["min"] = "min",
        ["quad"] = "  ", ["qquad"] = "    ", [","] = " ", [";"] = " ", [":"] = " ", [" "] = " ", ["!"] = "",
        ["{"] = "{", ["}"] = "}", ["|"] = "‖", ["%"] = "%", ["$"] = "$", ["_"] = "_", ["&"] = "&", ["#"] = "#",
        // Size and spacing commands only change how the next delimiter looks.
        ["big"] = "", ["Big"] = "", ["bigg"] = "", ["Bigg"] = "", ["bigl"] = "", ["bigr"] = "", ["Bigl"] = "", ["Bigr"] = "",
        ["left"] = "", ["right"] = "", ["limits"] = "", ["displaystyle"] = "", ["nonumber"] = "",
    };

    /// <summary>Commands whose one braced argument is shown as it is.</summary>
    private static readonly HashSet<string> Verbatim = new(StringComparer.Ordinal)
        { "text", "textrm", "textbf", "textit", "mathrm", "mathbf", "mathit", "mathcal", "mathbb", "operatorname", "boldsymbol" };

    private const string SuperscriptFrom = "0123456789+-=()ni";
    private const string SuperscriptTo = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private const string SubscriptFrom = "0123456789+-=()";
    private const string SubscriptTo = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";

    /// <summary>The readable form of a LaTeX math expression (without its <c>$</c> delimiters); the rows of a
    /// multi-line formula (<c>align</c>, <c>cases</c>) on lines of their own.</summary>
    public static string ToText(string latex)
    {
        var text = new Reader(latex).Sequence(stopAtBrace: false);
        // LaTeX ignores repeated spaces; so does the reader of the result. Matrices read [1, 2; 3, 4].
        var lines = text.Split('\n').Select(line => Spaces().Replace(line, " ").Trim()
                .Replace("[ ", "[", StringComparison.Ordinal).Replace(" ]", "]", StringComparison.Ordinal)
                .Replace(" ,", ",", StringComparison.Ordinal).Replace(" ;", ";", StringComparison.Ordinal))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    /// <summary>A reader over one expression; each method consumes what it renders.</summary>
    private sealed class Reader(string source)
    {
        private static readonly HashSet<string> Matrices = new(StringComparer.Ordinal) { "matrix", "bmatrix", "pmatrix", "vmatrix", "Bmatrix", "smallmatrix" };
        private readonly Stack<string> _environments = new();
        private int _at;

        private bool InMatrix => _environments.Count > 0 && Matrices.Contains(_environments.Peek());

        public string Sequence(bool stopAtBrace)
        {
            var sb = new StringBuilder();
            while (_at < source.Length)
            {
                var c = source[_at];
                if (c == '}' && stopAtBrace) break;
                _at++;
                switch (c)
                {
                    case '\\':
                        sb.Append(Command());
                        break;
                    case '{':
                        sb.Append(Sequence(stopAtBrace: true));
                        if (_at < source.Length) _at++; // the closing brace
                        break;
                    case '}':
                        break;
                    case '^':
                        sb.Append(Script(SuperscriptFrom, SuperscriptTo, '^'));
                        break;
                    case '_':
                        sb.Append(Script(SubscriptFrom, SubscriptTo, '_'));
                        break;
                    case '~':
                        sb.Append(' ');
                        break;
                    case '&':
                        sb.Append(InMatrix ? ", " : " "); // a column of a matrix; elsewhere an alignment point
                        break;
                    case '\n' or '\r' or '\t':
                        sb.Append(' ');
                        break;
                    default:
                        sb.Append(c);
                        break;
                }
            }
            return sb.ToString();
        }

        private string Command()
        {
            if (_at >= source.Length) return "\\";
            var start = _at;
            if (char.IsAsciiLetter(source[_at]))
            {
                while (_at < source.Length && char.IsAsciiLetter(source[_at])) _at++;
            }
            else
            {
                _at++;
            }
            var name = source[start.._at];
            switch (name)
            {
                case "\\":
                    return InMatrix ? "; " : "\n"; // a row of a matrix, or a line of an aligned formula
                case "ket":
                    return $"|{Argument()}⟩";
                case "bra":
                    return $"⟨{Argument()}|";
                case "braket":
                    return $"⟨{Argument()}⟩";
                case "frac" or "dfrac" or "tfrac":
                    var numerator = Argument();
                    var denominator = Argument();
                    return $"{Grouped(numerator)}/{Grouped(denominator)}";
                case "sqrt":
                    var index = Optional();
                    var radicand = Argument();
                    return (index is null ? "" : Script(index, SuperscriptFrom, SuperscriptTo, '^')) + "√" + Grouped(radicand);
                case "overline" or "bar":
                    var over = Argument();
                    return over.Length == 1 ? over + "\u0305" : $"¬({over})";
                case "color" or "textcolor":
                    Argument(); // the colour name
                    return name == "textcolor" ? Argument() : "";
                case "begin":
                    var opened = Argument();
                    _environments.Push(opened);
                    return opened switch { "bmatrix" => "[", "pmatrix" => "(", "vmatrix" => "|", _ => "" };
                case "end":
                    var closed = Argument();
                    if (_environments.Count > 0) _environments.Pop();
                    return closed switch { "bmatrix" => "]", "pmatrix" => ")", "vmatrix" => "|", _ => "" };
                case "pmod":
                    return $" (mod {Argument()})";
            }
            if (Verbatim.Contains(name)) return Argument();
            if (Symbols.TryGetValue(name, out var symbol)) return symbol;
            // An unknown command stays as written, its braced argument too, so that it still reads as LaTeX.
            return _at < source.Length && source[_at] == '{' ? $"\\{name}{{{Argument()}}}" : "\\" + name;
        }

        /// <summary>The next argument: a braced group, or else one character or command.</summary>
        private string Argument()
        {
            while (_at < source.Length && source[_at] == ' ') _at++;
            if (_at >= source.Length) return "";
            var c = source[_at++];
            if (c == '{')
            {
                var inner = Sequence(stopAtBrace: true);
                if (_at < source.Length) _at++;
                return inner.Trim();
            }
            return c == '\\' ? Command() : c.ToString();
        }

        private string? Optional()
        {
            if (_at >= source.Length || source[_at] != '[') return null;
            var close = source.IndexOf(']', _at);
            if (close < 0) return null;
            var inner = source[(_at + 1)..close];
            _at = close + 1;
            return inner;
        }

        private string Script(string from, string to, char mark) => Script(Argument(), from, to, mark);

        /// <summary>A super- or subscript in Unicode where every character has a form, else <c>^x</c> or <c>^(…)</c>.</summary>
        private static string Script(string text, string from, string to, char mark)
        {
            if (text.Length > 0 && text.All(c => from.Contains(c, StringComparison.Ordinal)))
                return string.Concat(text.Select(c => to[from.IndexOf(c, StringComparison.Ordinal)]));
            return text.Length == 1 ? $"{mark}{text}" : $"{mark}({text})";
        }

        /// <summary>A fraction's part in parentheses where it has several terms.</summary>
        private static string Grouped(string text) =>
            text.Any(c => c is ' ' or '+' or '-' or '·' or '/' or '⊗' or '⊕') && !(text.StartsWith('(') && text.EndsWith(')'))
                ? $"({text})"
                : text;
    }
}
