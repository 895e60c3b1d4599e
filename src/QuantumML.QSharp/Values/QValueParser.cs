using System.Globalization;
using System.Numerics;
using System.Text;

namespace QuantumML.QSharp.Values;

/// <summary>Reads the text the Q# runtime prints for a value back into a <see cref="QValue"/>.</summary>
/// <remarks>
/// Grammar: tuples <c>(a, b)</c>, arrays <c>[a, b]</c>, Int and BigInt as digits, Double with a point or an
/// exponent (and <c>inf</c>, <c>-inf</c>, <c>NaN</c>), <c>true</c>/<c>false</c>, <c>Zero</c>/<c>One</c>,
/// <c>PauliI</c>…<c>PauliZ</c>, ranges <c>a..b</c> and <c>a..s..b</c>, <c>()</c>, and quoted strings with
/// Q# escapes. The runtime prints a String without quotes, so a string inside a tuple or array cannot be
/// told from the text around it (<c>(1, a, b)</c>); such text is refused rather than guessed. A top-level
/// String result is the whole of <see cref="ShotResult.Text"/>.
/// Written by hand: no library reads this format.
/// </remarks>
public static class QValueParser
{
    /// <summary>Parses <paramref name="text"/>; throws <see cref="QValueFormatException"/> naming the column on bad text.</summary>
    public static QValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text);
        reader.SkipSpace();
        var value = reader.ReadValue();
        reader.SkipSpace();
        if (!reader.AtEnd)
            throw reader.Error("unexpected text after the value");
        return value;
    }

    /// <summary>Parses <paramref name="text"/>, returning false instead of throwing.</summary>
    public static bool TryParse(string text, out QValue? value)
    {
        try
        {
            value = Parse(text);
            return true;
        }
        catch (QValueFormatException)
        {
            value = null;
            return false;
        }
    }

    private sealed class Reader(string text)
    {
        private int _pos;

        public bool AtEnd => _pos >= text.Length;

        public QValueFormatException Error(string reason) => new(text, Math.Min(_pos, text.Length), reason);

        public void SkipSpace()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos])) _pos++;
        }

        public QValue ReadValue()
        {
            if (AtEnd) throw Error("expected a value, found the end of the text");
            var c = text[_pos];
            return c switch
            {
                '(' => ReadSequence('(', ')', items => items.Count switch
                {
                    0 => QUnit.Instance,
                    1 => items[0], // Q# has no one-element tuples: (x) is x.
                    _ => new QTuple(items),
                }),
                '[' => ReadSequence('[', ']', items => new QArray(items)),
                '"' => new QString(ReadQuoted()),
                _ when c == '-' || char.IsAsciiDigit(c) => ReadNumberOrRange(),
                _ when char.IsAsciiLetter(c) => ReadWord(),
                _ => throw Error($"unexpected character '{c}'"),
            };
        }

        private QValue ReadSequence(char open, char close, Func<List<QValue>, QValue> make)
        {
            _pos++; // open
            var items = new List<QValue>();
            SkipSpace();
            if (!AtEnd && text[_pos] == close)
            {
                _pos++;
                return make(items);
            }
            while (true)
            {
                SkipSpace();
                items.Add(ReadValue());
                SkipSpace();
                if (AtEnd) throw Error($"missing '{close}' to close '{open}'");
                if (text[_pos] == ',') { _pos++; continue; }
                if (text[_pos] == close) { _pos++; return make(items); }
                throw Error($"expected ',' or '{close}', found '{text[_pos]}'");
            }
        }

        private QValue ReadWord()
        {
            var start = _pos;
            while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] == '_')) _pos++;
            var word = text[start.._pos];
            return word switch
            {
                "true" => new QBool(true),
                "false" => new QBool(false),
                "Zero" => new QResultValue(QResult.Zero),
                "One" => new QResultValue(QResult.One),
                "PauliI" => new QPauli(Pauli.I),
                "PauliX" => new QPauli(Pauli.X),
                "PauliY" => new QPauli(Pauli.Y),
                "PauliZ" => new QPauli(Pauli.Z),
                "inf" => new QDouble(double.PositiveInfinity),
                "NaN" => new QDouble(double.NaN),
                _ => throw new QValueFormatException(text, start,
                    $"'{word}' is not a Q# literal; the runtime prints strings inside tuples and arrays without quotes, " +
                    "so they cannot be read back (return strings as a top-level String result instead)"),
            };
        }

        private QValue ReadNumberOrRange()
        {
            var start = _pos;
            var first = ReadNumber();
            if (first is QInt i && Peek("..") && !Peek("..."))
            {
                _pos += 2;
                var second = ReadInt();
                if (Peek(".."))
                {
                    _pos += 2;
                    return new QRange(i.Value, second, ReadInt());
                }
                return new QRange(i.Value, 1, second);
            }
            if (first is QBigInt && Peek("..")) throw new QValueFormatException(text, start, "range bounds must fit an Int");
            return first;
        }

        private bool Peek(string s) => string.CompareOrdinal(text, _pos, s, 0, s.Length) == 0;

        private long ReadInt()
        {
            var start = _pos;
            return ReadNumber() is QInt i ? i.Value : throw new QValueFormatException(text, start, "expected an Int range bound");
        }

        private QValue ReadNumber()
        {
            var start = _pos;
            if (text[_pos] == '-') _pos++;
            if (Peek("inf")) { _pos += 3; return new QDouble(double.NegativeInfinity); }
            var digitsStart = _pos;
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
            if (_pos == digitsStart) throw Error("expected digits");
            var isDouble = false;
            if (_pos + 1 < text.Length && text[_pos] == '.' && char.IsAsciiDigit(text[_pos + 1]))
            {
                isDouble = true;
                _pos++;
                while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
            }
            if (_pos < text.Length && (text[_pos] == 'e' || text[_pos] == 'E'))
            {
                isDouble = true;
                _pos++;
                if (_pos < text.Length && (text[_pos] == '+' || text[_pos] == '-')) _pos++;
                var expStart = _pos;
                while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
                if (_pos == expStart) throw Error("expected exponent digits");
            }
            if (_pos < text.Length && char.IsAsciiLetter(text[_pos]))
                throw Error($"unexpected '{text[_pos]}' in a number");
            var span = text.AsSpan(start, _pos - start);
            if (isDouble)
                return new QDouble(double.Parse(span, NumberStyles.Float, CultureInfo.InvariantCulture));
            if (long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                return new QInt(l);
            return new QBigInt(BigInteger.Parse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        private string ReadQuoted()
        {
            var sb = new StringBuilder();
            _pos++; // opening quote
            while (true)
            {
                if (AtEnd) throw Error("unterminated string");
                var c = text[_pos++];
                if (c == '"') return sb.ToString();
                if (c != '\\') { sb.Append(c); continue; }
                if (AtEnd) throw Error("unterminated escape");
                var e = text[_pos++];
                sb.Append(e switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    '0' => '\0',
                    '{' => '{',
                    '}' => '}',
                    _ => throw new QValueFormatException(text, _pos - 2, $"unknown escape '\\{e}'"),
                });
            }
        }
    }
}
