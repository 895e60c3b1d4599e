using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;

namespace QuantumML.QSharp.Values;

/// <summary>A Q# value returned by a run: the typed form of the text the runtime prints.</summary>
public abstract record QValue
{
    /// <summary>The value in Q#'s printed form.</summary>
    public abstract override string ToString();

    /// <summary>The value as JSON: numbers (a Double always with a point or an exponent, a BigInt as a string of digits), booleans,
    /// strings, arrays for arrays and tuples, null for Unit (see <see cref="TypedJson"/>).</summary>
    public abstract JsonNode? ToJson();

    /// <summary>Converts to a .NET type: long, int, BigInteger, double, bool, string, <see cref="QResult"/>,
    /// <see cref="Pauli"/>, arrays and lists of these, and value tuples of matching arity.</summary>
    /// <exception cref="InvalidCastException">The value does not have that shape.</exception>
    public T As<T>() => (T)QValueConverter.Convert(this, typeof(T));

    /// <summary>The Int value.</summary>
    public long AsLong() => this is QInt i ? i.Value : throw Mismatch("Int");

    /// <summary>The Double value.</summary>
    public double AsDouble() => this is QDouble d ? d.Value : throw Mismatch("Double");

    /// <summary>The Bool value.</summary>
    public bool AsBool() => this is QBool b ? b.Value : throw Mismatch("Bool");

    /// <summary>The items of an array or tuple.</summary>
    public IReadOnlyList<QValue> Items => this switch
    {
        QArray a => a.Elements,
        QTuple t => t.Elements,
        _ => throw Mismatch("array or tuple"),
    };

    /// <summary>A Double[] value, read without reflection (the hot path for expectation batches).</summary>
    public double[] AsDoubleArray()
    {
        if (this is not QArray a) throw Mismatch("Double[]");
        var result = new double[a.Elements.Count];
        for (var i = 0; i < result.Length; i++) result[i] = a.Elements[i].AsDouble();
        return result;
    }

    private InvalidCastException Mismatch(string wanted) => new($"Q# value '{Abbreviate(ToString())}' is not {wanted}.");

    internal static string Abbreviate(string text) => text.Length <= 60 ? text : text[..57] + "...";
}

/// <summary>A Q# <c>Result</c>.</summary>
public enum QResult
{
    /// <summary>Measured |0⟩.</summary>
    Zero,
    /// <summary>Measured |1⟩.</summary>
    One,
}

/// <summary>A Q# <c>Pauli</c>.</summary>
public enum Pauli
{
    /// <summary>PauliI.</summary>
    I,
    /// <summary>PauliX.</summary>
    X,
    /// <summary>PauliY.</summary>
    Y,
    /// <summary>PauliZ.</summary>
    Z,
}

/// <summary>A Q# <c>Int</c> (64-bit), or a <c>BigInt</c> small enough to fit one: the runtime prints both alike.</summary>
public sealed record QInt(long Value) : QValue
{
    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
    /// <inheritdoc/>
    public override JsonNode ToJson() => JsonValue.Create(Value);
}

/// <summary>A Q# <c>BigInt</c> beyond the 64-bit range.</summary>
public sealed record QBigInt(BigInteger Value) : QValue
{
    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
    /// <inheritdoc/>
    public override JsonNode? ToJson() => JsonValue.Create(ToString());
}

/// <summary>A Q# <c>Double</c>.</summary>
public sealed record QDouble(double Value) : QValue
{
    /// <inheritdoc/>
    public override string ToString() => Value switch
    {
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        double.NaN => "NaN",
        _ => WithPoint(Value.ToString("R", CultureInfo.InvariantCulture)),
    };

    // Q# always prints a decimal point (1.0, not 1), so that a Double never reads back as an Int.
    private static string WithPoint(string s) => s.Contains('.') || s.Contains('E') ? s : s + ".0";

    /// <summary>Finite doubles as JSON numbers that keep their point (<c>2.0</c>, <c>-0.0</c>); infinities and NaN as the strings
    /// "Infinity", "-Infinity", "NaN".</summary>
    public override JsonNode ToJson() => TypedJson.FromDouble(Value);
}

/// <summary>A Q# <c>Bool</c>.</summary>
public sealed record QBool(bool Value) : QValue
{
    /// <inheritdoc/>
    public override string ToString() => Value ? "true" : "false";
    /// <inheritdoc/>
    public override JsonNode ToJson() => JsonValue.Create(Value);
}

/// <summary>A Q# <c>Result</c> value.</summary>
public sealed record QResultValue(QResult Value) : QValue
{
    /// <inheritdoc/>
    public override string ToString() => Value.ToString();
    /// <inheritdoc/>
    public override JsonNode ToJson() => JsonValue.Create(ToString());
}

/// <summary>A Q# <c>Pauli</c> value.</summary>
public sealed record QPauli(Pauli Value) : QValue
{
    /// <inheritdoc/>
    public override string ToString() => "Pauli" + Value;
    /// <inheritdoc/>
    public override JsonNode ToJson() => JsonValue.Create(ToString());
}

/// <summary>A Q# <c>String</c>.</summary>
public sealed record QString(string Value) : QValue
{
    /// <inheritdoc/>
    public override string ToString() => Value;
    /// <inheritdoc/>
    public override JsonNode ToJson() => JsonValue.Create(Value);
}

/// <summary>A Q# <c>Range</c> <c>Start..Step..End</c>.</summary>
public sealed record QRange(long Start, long Step, long End) : QValue
{
    /// <inheritdoc/>
    public override string ToString() => Step == 1 ? $"{Start}..{End}" : $"{Start}..{Step}..{End}";
    /// <inheritdoc/>
    public override JsonNode ToJson() => new JsonObject { ["start"] = Start, ["step"] = Step, ["end"] = End };
}

/// <summary>The Q# <c>Unit</c> value <c>()</c>.</summary>
public sealed record QUnit : QValue
{
    /// <summary>The only Unit value.</summary>
    public static QUnit Instance { get; } = new();
    /// <inheritdoc/>
    public override string ToString() => "()";
    /// <inheritdoc/>
    public override JsonNode? ToJson() => null;
}

/// <summary>A Q# array.</summary>
public sealed record QArray(IReadOnlyList<QValue> Elements) : QValue
{
    /// <inheritdoc/>
    public override string ToString() => $"[{string.Join(", ", Elements)}]";
    /// <inheritdoc/>
    public override JsonNode ToJson() => new JsonArray(Elements.Select(e => e.ToJson()).ToArray());
    /// <summary>Arrays are equal when their elements are.</summary>
    public bool Equals(QArray? other) => other is not null && Elements.SequenceEqual(other.Elements);
    /// <inheritdoc/>
    public override int GetHashCode() => Elements.Aggregate(17, (h, e) => HashCode.Combine(h, e));
}

/// <summary>A Q# tuple (also how structs and user-defined types print).</summary>
public sealed record QTuple(IReadOnlyList<QValue> Elements) : QValue
{
    /// <inheritdoc/>
    public override string ToString() => $"({string.Join(", ", Elements)})";
    /// <inheritdoc/>
    public override JsonNode ToJson() => new JsonArray(Elements.Select(e => e.ToJson()).ToArray());
    /// <summary>Tuples are equal when their elements are.</summary>
    public bool Equals(QTuple? other) => other is not null && Elements.SequenceEqual(other.Elements);
    /// <inheritdoc/>
    public override int GetHashCode() => Elements.Aggregate(19, (h, e) => HashCode.Combine(h, e));
}
