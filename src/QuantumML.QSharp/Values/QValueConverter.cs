using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace QuantumML.QSharp.Values;

/// <summary>Turns a <see cref="QValue"/> into a requested .NET type by shape.</summary>
internal static class QValueConverter
{
    public static object Convert(QValue value, Type target)
    {
        if (target.IsInstanceOfType(value)) return value;
        if (target == typeof(object)) return ToObject(value);
        switch (value)
        {
            case QInt i when target == typeof(long): return i.Value;
            case QInt i when target == typeof(int): return checked((int)i.Value);
            case QInt i when target == typeof(BigInteger): return new BigInteger(i.Value);
            case QBigInt b when target == typeof(BigInteger): return b.Value;
            case QDouble d when target == typeof(double): return d.Value;
            case QBool b when target == typeof(bool): return b.Value;
            case QString s when target == typeof(string): return s.Value;
            case QResultValue r when target == typeof(QResult): return r.Value;
            case QResultValue r when target == typeof(bool): return r.Value == QResult.One;
            case QPauli p when target == typeof(Pauli): return p.Value;
            case QArray a when target.IsArray:
                {
                    var element = target.GetElementType()!;
                    var array = Array.CreateInstance(element, a.Elements.Count);
                    for (var k = 0; k < a.Elements.Count; k++) array.SetValue(Convert(a.Elements[k], element), k);
                    return array;
                }
            case QArray a when target.IsGenericType && IsListLike(target):
                {
                    var element = target.GetGenericArguments()[0];
                    var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                    foreach (var e in a.Elements) list.Add(Convert(e, element));
                    return list;
                }
            case QTuple t when typeof(ITuple).IsAssignableFrom(target) && target.IsValueType:
                {
                    var args = target.GetGenericArguments();
                    if (args.Length != t.Elements.Count || args.Length > 7)
                        throw Mismatch(value, target);
                    var items = new object[args.Length];
                    for (var k = 0; k < args.Length; k++) items[k] = Convert(t.Elements[k], args[k]);
                    return Activator.CreateInstance(target, items)!;
                }
        }
        throw Mismatch(value, target);
    }

    private static bool IsListLike(Type t)
    {
        var def = t.GetGenericTypeDefinition();
        return def == typeof(List<>) || def == typeof(IList<>) || def == typeof(IReadOnlyList<>) || def == typeof(IEnumerable<>);
    }

    private static object ToObject(QValue value) => value switch
    {
        QInt i => i.Value,
        QBigInt b => b.Value,
        QDouble d => d.Value,
        QBool b => b.Value,
        QString s => s.Value,
        QResultValue r => r.Value,
        QPauli p => p.Value,
        QArray a => a.Elements.Select(ToObject).ToArray(),
        _ => value,
    };

    private static InvalidCastException Mismatch(QValue value, Type target) =>
        new($"Q# value '{QValue.Abbreviate(value.ToString())}' cannot be read as {target.Name}.");
}
