using System.Security.Cryptography;
using System.Text;

namespace QuantumML.Classroom.Grading;

/// <summary>Ids for students that are unique in a class and safe as file names, so that no two students' feedback or result files
/// can collide (<c>a,b</c>, <c>a b</c> and <c>a_b</c> once all wrote <c>a_b.md</c>).</summary>
/// <remarks>A name made only of ASCII letters, digits, dot, dash and underscore, not starting with a dot or dash, is its own id.
/// Any other name becomes its safe characters (others replaced by <c>_</c>, at most 64) plus a dash and 8 hex digits of the
/// SHA-256 of the name, so the id depends on the name alone, not on who else is in the class. Ids that still coincide, ignoring
/// case (a case-insensitive file system would merge them), get <c>-2</c>, <c>-3</c>… in name order.</remarks>
public static class StudentIds
{
    private const int MaxSafeLength = 64;

    /// <summary>The id of each name, in the order given.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var ids = new string[names.Count];
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Names that are their own id claim it first, so that a hashed id can never take a plain name's.
        var order = Enumerable.Range(0, names.Count).OrderBy(i => IsSafe(names[i]) ? 0 : 1).ThenBy(i => names[i], StringComparer.Ordinal).ToList();
        foreach (var i in order)
        {
            var id = Of(names[i]);
            var candidate = id;
            for (var n = 2; !taken.Add(candidate); n++) candidate = $"{id}-{n}";
            ids[i] = candidate;
        }
        return ids;
    }

    /// <summary>The id of one name, before any clash with another is settled.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsSafe(name)) return name;
        var safe = new StringBuilder();
        foreach (var c in name.Take(MaxSafeLength)) safe.Append(IsSafeChar(c) ? c : '_');
        if (safe.Length > 0 && safe[0] is '.' or '-') safe[0] = '_';
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8].ToLowerInvariant();
        return safe.Length == 0 ? hash : $"{safe}-{hash}";
    }

    private static bool IsSafe(string name) =>
        name.Length is > 0 and <= MaxSafeLength && name[0] is not ('.' or '-') && name.All(IsSafeChar);

    private static bool IsSafeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';
}
