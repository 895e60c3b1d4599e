using System.Globalization;
using System.Text;

namespace QuantumML.Hamiltonians;

/// <summary>Reads and writes the text form of Pauli sums, e.g. "-1.05 * I + 0.39 * Z0 - 0.01 * Z0 Z1 + 0.18 * X0 X1".</summary>
/// <remarks>
/// Grammar (whitespace anywhere between tokens):
/// sum := [sign] term (sign term)*; term := [sign] [number ['*']] product | [sign] number;
/// product := factor (['*'] factor)*; factor := P digits (sparse, e.g. Z0) | I | a run of two or more of IXYZ (dense, qubit 0 leftmost).
/// A missing coefficient means 1; a bare number means that multiple of I; numbers take scientific notation (1e-3, 2.5E+2).
/// Factors may be separated by spaces, '*' or nothing ("Z0 Z1", "Z0*Z1", "Z0Z1"). Letters are upper case only, so that a
/// stray complex "i" is an error rather than an identity. A qubit repeated within one term is an error.
/// </remarks>
internal static class PauliSumParser
{
    public static (List<PauliTerm> Terms, int ImpliedQubits) ParseSum(string text, string? context = null)
    {
        var p = new Scanner(text, context);
        var terms = new List<PauliTerm>();
        var implied = 0;
        p.SkipSpace();
        if (p.AtEnd) throw p.Error("expected a term");
        var sign = p.TryReadSign() ?? 1.0;
        while (true)
        {
            var (term, width) = ReadTerm(p, sign);
            terms.Add(term);
            implied = Math.Max(implied, width);
            p.SkipSpace();
            if (p.AtEnd) break;
            var next = p.TryReadSign() ?? throw p.Error("expected '+' or '-' between terms");
            sign = next;
        }
        return (terms, implied);
    }

    public static PauliString ParseString(string label) => ParseLabel(label, null).Pauli;

    /// <summary>One Pauli string; Dense is true for a dense label such as "XZI", whose Width is its length.</summary>
    public static (PauliString Pauli, int Width, bool Dense) ParseLabel(string label, string? context)
    {
        var p = new Scanner(label, context);
        p.SkipSpace();
        if (p.AtEnd) throw p.Error("expected a Pauli string");
        var (pauli, width, dense) = ReadProduct(p);
        p.SkipSpace();
        if (!p.AtEnd) throw p.Error("unexpected text after the Pauli string");
        return (pauli, width, dense);
    }

    public static string FormatTerm(PauliTerm term) =>
        $"{FormatNumber(term.Coefficient)} * {term.Pauli}";

    public static string FormatSum(IReadOnlyList<PauliTerm> terms)
    {
        if (terms.Count == 0) return "0";
        var sb = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            var c = terms[i].Coefficient;
            if (i == 0) sb.Append(FormatNumber(c));
            else sb.Append(double.IsNegative(c) ? " - " : " + ").Append(FormatNumber(Math.Abs(c)));
            sb.Append(" * ").Append(terms[i].Pauli.ToString());
        }
        return sb.ToString();
    }

    // "R" prints the shortest text that parses back to the same double.
    private static string FormatNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static (PauliTerm Term, int Width) ReadTerm(Scanner p, double sign)
    {
        p.SkipSpace();
        if (p.TryReadSign() is { } unary) sign *= unary;
        p.SkipSpace();
        var coefficient = 1.0;
        if (p.PeekNumberStart())
        {
            coefficient = p.ReadNumber();
            p.SkipSpace();
            if (p.Peek == '*')
            {
                p.Advance();
                p.SkipSpace();
                if (!p.PeekPauliLetter()) throw p.Error("expected a Pauli factor such as Z0 (upper case) after '*'");
            }
            if (!p.PeekPauliLetter()) return (new PauliTerm(sign * coefficient, PauliString.Identity), 0);
        }
        else if (!p.PeekPauliLetter())
        {
            throw p.Error(p.AtEnd ? "expected a term" : "expected a coefficient or a Pauli factor such as Z0");
        }
        var (pauli, width, _) = ReadProduct(p);
        return (new PauliTerm(sign * coefficient, pauli), width);
    }

    private static (PauliString Pauli, int Width, bool Dense) ReadProduct(Scanner p)
    {
        var pauli = PauliString.Identity;
        ulong seen = 0;
        var width = 0;
        var factors = 0;
        while (true)
        {
            var start = p.Offset;
            var letters = p.ReadLetters();
            if (letters.Length == 0) throw p.Error("expected a Pauli factor such as Z0");
            if (p.PeekDigit())
            {
                // Sparse factors, possibly run together: "Z0Z1" reads as Z0 then Z1 because digits end a factor.
                if (letters.Length > 1) throw p.ErrorAt(start, letters, "expected one of I, X, Y, Z before a qubit index");
                var digitsStart = p.Offset;
                var digits = p.ReadDigits();
                if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var qubit) || qubit >= PauliString.MaxQubits)
                    throw p.ErrorAt(digitsStart, digits, $"qubit index out of range 0-{PauliString.MaxQubits - 1}");
                var bit = 1UL << qubit;
                if ((seen & bit) != 0) throw p.ErrorAt(start, letters + digits, $"qubit {qubit} appears twice in one term");
                seen |= bit;
                pauli = pauli.With(qubit, ToPauli(letters[0]));
                width = Math.Max(width, qubit + 1);
            }
            else if (letters.Length == 1 && letters[0] == 'I')
            {
                // A bare I is the identity factor; it adds nothing.
            }
            else
            {
                // Dense label, qubit 0 leftmost; it must be the whole product.
                if (factors > 0 || seen != 0) throw p.ErrorAt(start, letters, "a dense label such as XZ must be the whole Pauli string");
                if (letters.Length == 1) throw p.ErrorAt(start, letters, "expected a qubit index after the Pauli letter");
                if (letters.Length > PauliString.MaxQubits) throw p.ErrorAt(start, letters, $"more than {PauliString.MaxQubits} qubits");
                for (var q = 0; q < letters.Length; q++) pauli = pauli.With(q, ToPauli(letters[q]));
                width = letters.Length;
                seen = ulong.MaxValue;
            }
            factors++;
            var before = p.Offset;
            p.SkipSpace();
            if (p.Peek == '*')
            {
                p.Advance();
                p.SkipSpace();
                if (!p.PeekPauliLetter()) throw p.Error("expected a Pauli factor such as Z0 (upper case) after '*'");
            }
            else if (!p.PeekPauliLetter())
            {
                p.Offset = before;
                return (pauli, width, seen == ulong.MaxValue);
            }
            if (seen == ulong.MaxValue) throw p.Error("a dense label such as XZ must be the whole Pauli string");
        }
    }

    private static Pauli ToPauli(char c) => c switch
    {
        'X' => Pauli.X,
        'Y' => Pauli.Y,
        'Z' => Pauli.Z,
        _ => Pauli.I,
    };

    private sealed class Scanner(string text, string? context)
    {
        public int Offset { get; set; }

        public bool AtEnd => Offset >= text.Length;

        public char Peek => AtEnd ? '\0' : text[Offset];

        public void Advance() => Offset++;

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[Offset])) Offset++;
        }

        public double? TryReadSign()
        {
            if (Peek == '+') { Offset++; return 1.0; }
            if (Peek == '-') { Offset++; return -1.0; }
            return null;
        }

        public bool PeekDigit() => !AtEnd && char.IsAsciiDigit(text[Offset]);

        public bool PeekNumberStart() => PeekDigit() || (Peek == '.' && Offset + 1 < text.Length && char.IsAsciiDigit(text[Offset + 1]));

        public bool PeekPauliLetter() => Peek is 'I' or 'X' or 'Y' or 'Z';

        public string ReadLetters()
        {
            var start = Offset;
            while (PeekPauliLetter()) Offset++;
            // A letter that is not a Pauli glued to the run (e.g. "Zq") is reported as part of the token.
            if (!AtEnd && char.IsLetter(text[Offset]))
            {
                var end = Offset;
                while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
                throw ErrorAt(start, text[start..end], "expected one of I, X, Y, Z (upper case) followed by a qubit index");
            }
            return text[start..Offset];
        }

        public string ReadDigits()
        {
            var start = Offset;
            while (PeekDigit()) Offset++;
            return text[start..Offset];
        }

        public double ReadNumber()
        {
            var start = Offset;
            while (PeekDigit()) Offset++;
            if (Peek == '.') { Offset++; while (PeekDigit()) Offset++; }
            if (Peek is 'e' or 'E')
            {
                var save = Offset;
                Offset++;
                if (Peek is '+' or '-') Offset++;
                if (!PeekDigit()) Offset = save; else while (PeekDigit()) Offset++;
            }
            var token = text[start..Offset];
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                throw ErrorAt(start, token, "not a finite number");
            return value;
        }

        public PauliSumFormatException Error(string problem) => ErrorAt(Offset, CurrentToken(), problem);

        public PauliSumFormatException ErrorAt(int position, string token, string problem) =>
            new(position, token, problem, context);

        private string CurrentToken()
        {
            if (AtEnd) return "";
            var end = Offset + 1;
            if (char.IsLetterOrDigit(text[Offset]) || text[Offset] == '.')
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '.')) end++;
            return text[Offset..end];
        }
    }
}
