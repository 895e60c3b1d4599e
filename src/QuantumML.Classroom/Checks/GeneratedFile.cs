using QuantumML.QSharp;

namespace QuantumML.Classroom.Checks;

/// <summary>A Q# file qml writes to check an assignment (checks, probes, exports), and which exercise each of its lines
/// belongs to, so that a compile error in it is charged to that exercise.</summary>
internal class GeneratedFile(string document, string text, IReadOnlyDictionary<int, (int First, int Last)> lines)
{
    /// <summary>The document name; its stem is the file's namespace.</summary>
    public string Document { get; } = document;

    /// <summary>The Q# text.</summary>
    public string Text { get; } = text;

    /// <summary>The namespace of what the file declares.</summary>
    public string Namespace => Path.GetFileNameWithoutExtension(Document);

    /// <summary>The source as the compiler takes it.</summary>
    public QSharpSource Source => new(Document, Text);

    /// <summary>The exercise whose generated code holds a 1-based line, if any.</summary>
    public int? ExerciseAt(int line) => lines.Where(p => line >= p.Value.First && line <= p.Value.Last).Select(p => (int?)p.Key).FirstOrDefault();

    /// <summary>The number of lines in <paramref name="q"/> so far.</summary>
    protected static int LineCount(System.Text.StringBuilder q)
    {
        var n = 0;
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i] == '\n') n++;
        }
        return n;
    }
}
