namespace QuantumML.QSharp.Values;

/// <summary>The kinds of Q# type a <see cref="QType"/> tells apart.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The members are Q#'s own type names.")]
public enum QTypeKind
{
    /// <summary><c>Unit</c>.</summary>
    Unit,
    /// <summary><c>Int</c>.</summary>
    Int,
    /// <summary><c>BigInt</c>.</summary>
    BigInt,
    /// <summary><c>Double</c>.</summary>
    Double,
    /// <summary><c>Bool</c>.</summary>
    Bool,
    /// <summary><c>String</c>.</summary>
    String,
    /// <summary><c>Result</c>.</summary>
    Result,
    /// <summary><c>Pauli</c>.</summary>
    Pauli,
    /// <summary><c>Range</c>.</summary>
    Range,
    /// <summary><c>Qubit</c>.</summary>
    Qubit,
    /// <summary>An array, <c>T[]</c>.</summary>
    Array,
    /// <summary>A tuple, <c>(T1, T2, …)</c>.</summary>
    Tuple,
    /// <summary>An operation or function, <c>(A => B)</c> or <c>(A -> B)</c>.</summary>
    Callable,
    /// <summary>A struct or user-defined type, known by name only (it prints like a tuple of its fields).</summary>
    Named,
}

/// <summary>A Q# type as the compiler writes it, such as <c>(Int, String[])</c>: what it takes to read a printed value back
/// without guessing (an Int from a Double, a String from the text around it).</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Text">The type as written.</param>
/// <param name="Items">An array's element type, or a tuple's item types; empty otherwise.</param>
public sealed record QType(QTypeKind Kind, string Text, IReadOnlyList<QType> Items)
{
    /// <summary>Whether a String sits inside an array or tuple of this type: such strings print without quotes, so the text
    /// alone cannot say where they end.</summary>
    public bool HasNestedString => Kind is QTypeKind.Array or QTypeKind.Tuple && Items.Any(i => i.Kind == QTypeKind.String || i.HasNestedString);

    /// <summary>Whether the type is built only of the standard types, arrays and tuples, so Q# code can name it anywhere.</summary>
    public bool IsBuiltIn => Kind switch
    {
        QTypeKind.Callable or QTypeKind.Named => false,
        QTypeKind.Array or QTypeKind.Tuple => Items.All(i => i.IsBuiltIn),
        _ => true,
    };

    /// <summary>The type as written.</summary>
    public override string ToString() => Text;

    /// <summary>Reads a type as the compiler writes it in messages.</summary>
    /// <exception cref="FormatException">The text is not a type.</exception>
    public static QType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text);
        var type = reader.Type();
        reader.Space();
        return reader.AtEnd ? type : throw new FormatException($"unexpected text after the type '{text}'");
    }

    private sealed class Reader(string text)
    {
        private int _pos;

        public bool AtEnd => _pos >= text.Length;

        public void Space()
        {
            while (!AtEnd && text[_pos] == ' ') _pos++;
        }

        private bool Take(string token)
        {
            Space();
            if (string.CompareOrdinal(text, _pos, token, 0, token.Length) != 0) return false;
            _pos += token.Length;
            return true;
        }

        public QType Type()
        {
            var start = _pos;
            Space();
            var type = Primary();
            while (Take("[]")) type = new QType(QTypeKind.Array, text[start.._pos].Trim(), [type]);
            return type;
        }

        private QType Primary()
        {
            var start = _pos;
            if (Take("("))
            {
                if (Take(")")) return new QType(QTypeKind.Unit, "Unit", []);
                var items = new List<QType> { Type() };
                if (Take("=>") || Take("->"))
                {
                    Type();
                    if (Take("is")) while (!AtEnd && text[_pos] != ')') _pos++;
                    if (!Take(")")) throw new FormatException($"expected ')' in '{text}'");
                    return new QType(QTypeKind.Callable, text[start.._pos].Trim(), []);
                }
                while (Take(",")) items.Add(Type());
                if (!Take(")")) throw new FormatException($"expected ')' in '{text}'");
                return items.Count == 1 ? items[0] : new QType(QTypeKind.Tuple, text[start.._pos].Trim(), items);
            }
            Space();
            var nameStart = _pos;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] is '_' or '.')) _pos++;
            var name = text[nameStart.._pos];
            if (name.Length == 0) throw new FormatException($"expected a type at column {_pos + 1} of '{text}'");
            var kind = name switch
            {
                "Unit" => QTypeKind.Unit,
                "Int" => QTypeKind.Int,
                "BigInt" => QTypeKind.BigInt,
                "Double" => QTypeKind.Double,
                "Bool" => QTypeKind.Bool,
                "String" => QTypeKind.String,
                "Result" => QTypeKind.Result,
                "Pauli" => QTypeKind.Pauli,
                "Range" => QTypeKind.Range,
                "Qubit" => QTypeKind.Qubit,
                _ => QTypeKind.Named,
            };
            return new QType(kind, name, []);
        }
    }
}
