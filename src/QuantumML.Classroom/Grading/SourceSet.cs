using System.Globalization;
using QuantumML.QSharp;

namespace QuantumML.Classroom.Grading;

/// <summary>One Q# file of a source set.</summary>
/// <param name="Document">The name the compiler knows it by; its stem is the namespace of what it declares outside namespace blocks.</param>
/// <param name="DisplayPath">The path messages show.</param>
/// <param name="Text">Its text as compiled (callables left out replaced by spaces).</param>
internal sealed record SourceFile(string Document, string DisplayPath, string Text)
{
    /// <summary>The callables it declares.</summary>
    public IReadOnlyList<CallableSpan> Callables { get; } = CallableSpans.Find(Text);

    /// <summary>A position as messages write it: <c>alice/Exercises.qs:12:5</c>.</summary>
    public string Location(int line, int column) => string.Create(CultureInfo.InvariantCulture, $"{DisplayPath}:{line}:{column}");

    /// <summary>The declaration that holds a 1-based position, if any.</summary>
    public CallableSpan? CallableAt(int line, int column)
    {
        var offset = CallableSpans.Offset(Text, line, column);
        return Callables.Where(c => c.Contains(offset)).MinBy(c => c.End - c.Start);
    }

    /// <summary>The namespace a declaration at <paramref name="offset"/> is in: its namespace block's, else the file's own.</summary>
    public string NamespaceAt(int offset) =>
        CallableSpans.Namespaces(Text).Where(n => offset >= n.Start && offset < n.End).Select(n => n.Name).LastOrDefault()
        ?? Path.GetFileNameWithoutExtension(Document);

    /// <summary>The file with a declaration left out.</summary>
    public SourceFile Without(CallableSpan span) => new(Document, DisplayPath, CallableSpans.Blank(Text, span));
}

/// <summary>The Q# files of a student (or of the reference), each compiled under a document name of the set's own, so that what
/// a file declares outside namespace blocks lands in a namespace known in advance whatever the file is called.</summary>
/// <remarks>Without a manifest the compiler names a file's namespace after its path relative to the common root of all sources
/// (<c>x/a/B.qs</c> beside <c>x/C.qs</c> is <c>a.B</c>), so every document sits at the root with a distinct stem.</remarks>
internal sealed class SourceSet
{
    private SourceSet(string @namespace, IReadOnlyList<SourceFile> files)
    {
        Namespace = @namespace;
        Files = files;
    }

    /// <summary>The prefix of the files' document names and namespaces.</summary>
    public string Namespace { get; }

    /// <summary>The files, in path order.</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>A set of files given with the paths messages show.</summary>
    /// <param name="namespace">The namespace.</param>
    /// <param name="files">Each file's display path and text.</param>
    public static SourceSet Of(string @namespace, IEnumerable<(string DisplayPath, string Text)> files) =>
        new(@namespace, files.OrderBy(f => f.DisplayPath, StringComparer.Ordinal)
            .Select((f, i) => new SourceFile(string.Create(CultureInfo.InvariantCulture, $"{@namespace}{i}.qs"), f.DisplayPath, f.Text))
            .ToList());

    /// <summary>The Q# files of a folder (recursively), shown by their path relative to <paramref name="displayRoot"/>.</summary>
    public static SourceSet FromFolder(string @namespace, string folder, string displayRoot) =>
        Of(@namespace, Directory.EnumerateFiles(folder, "*.qs", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(displayRoot, f).Replace('\\', '/'), System.IO.File.ReadAllText(f))));

    /// <summary>The file compiled as <paramref name="document"/>, or null when it is not one of this set's.</summary>
    public SourceFile? File(string document) => Files.FirstOrDefault(f => f.Document == document);

    /// <summary>Where <paramref name="callable"/> is declared, or null.</summary>
    public (SourceFile File, CallableSpan Span)? Declaration(string callable)
    {
        foreach (var file in Files)
        {
            if (file.Callables.FirstOrDefault(c => c.Name == callable) is { } span) return (file, span);
        }
        return null;
    }

    /// <summary>The set with one declaration left out.</summary>
    public SourceSet Without(SourceFile file, CallableSpan span) =>
        new(Namespace, Files.Select(f => f.Document == file.Document ? f.Without(span) : f).ToList());

    /// <summary>The namespace <paramref name="callable"/> is declared in, or null when no file declares it.</summary>
    public string? NamespaceOf(string callable) =>
        Declaration(callable) is { } d ? d.File.NamespaceAt(d.Span.Start) : null;

    /// <summary>The namespace of the first file: where a callable that is declared nowhere is looked for.</summary>
    public string DefaultNamespace => Files.Count > 0 ? Path.GetFileNameWithoutExtension(Files[0].Document) : Namespace + "0";

    /// <summary>The files as the compiler takes them.</summary>
    public IEnumerable<QSharpSource> Sources => Files.Select(f => new QSharpSource(f.Document, f.Text));
}
