namespace QuantumML.QSharp;

/// <summary>One compiler or runtime diagnostic, with a 1-based position in a named source.</summary>
/// <param name="File">The source path as the project names it (<c>src/Encodings.qs</c>), or <c>&lt;entry&gt;</c> for the run expression.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Code">The QDK diagnostic code, for example <c>Qdk.Qsc.Parse.Token</c>.</param>
/// <param name="Message">The compiler's message.</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
public sealed record QSharpDiagnostic(string File, int Line, int Column, string Code, string Message, string Severity = "error")
{
    /// <summary>The call stack of a runtime failure, when the simulator reported one.</summary>
    public string? Stack { get; init; }

    /// <summary>Formats as <c>FILE:LINE:COL: error CODE: MESSAGE</c>, the form editors and CI logs recognise.</summary>
    /// Continuation lines of a long message (the compiler's "help:" notes) are indented beneath it.
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {Severity} {Code}: {string.Join(Environment.NewLine + "    ", Message.Split('\n', StringSplitOptions.RemoveEmptyEntries))}";
}
