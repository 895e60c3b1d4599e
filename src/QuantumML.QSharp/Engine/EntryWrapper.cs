using System.Globalization;
using System.Text.Json;

namespace QuantumML.QSharp.Engine;

/// <summary>A generated operation that evaluates an expression, added to a project's sources, and the mapping of the
/// compiler's diagnostics in it back onto the expression.</summary>
/// <remarks>
/// The QDK circuit tracer takes no entry expression: it traces the program's <c>@EntryPoint()</c>, or an operation whose
/// parameters are all qubits. So the expression becomes the body of a generated entry point. The resource estimator does
/// take an expression but reports a compile error only as "name error" or "type error"; the same wrapper lets both
/// report positions in the expression, and lets an operation on a <c>Qubit[]</c> be applied to a fresh register.
/// The expression starts on a line of its own, so its columns need no shifting.
/// </remarks>
internal sealed class EntryWrapper
{
    public const string Namespace = "QuantumMLTraceEntry";

    /// <summary>The entry expression that calls the generated operation.</summary>
    public const string CallExpression = Namespace + ".Trace()";

    /// <summary>The 1-based line of the wrapper on which the expression starts.</summary>
    private const int ExpressionLine = 6;

    private readonly int _expressionLines;

    public EntryWrapper(QSharpProject project, string expression, int? registerSize, bool entryPoint)
    {
        FileName = (project.HasManifest ? "src/" : "") + Namespace + ".qs";
        _expressionLines = expression.Count(c => c == '\n') + 1;
        var register = registerSize is { } n ? string.Create(CultureInfo.InvariantCulture, $"use qs = Qubit[{n}];") : "";
        var text = string.Join('\n',
            $"namespace {Namespace} {{",
            entryPoint ? "    @EntryPoint()" : "",
            "    operation Trace() : Unit {",
            "        " + register,
            "        let _ = (",
            expression,
            registerSize is null ? "        );" : "        )(qs);",
            "    }",
            "}",
            "");
        var sources = project.Sources.Select(s => new[] { s.Path, s.Text }).Append([FileName, text]).ToArray();
        ProgramJson = JsonSerializer.Serialize(new { sources, hasManifest = project.HasManifest });
    }

    /// <summary>The generated source's path.</summary>
    public string FileName { get; }

    /// <summary>The project's sources plus the generated one, as the host hands them to the compiler.</summary>
    public string ProgramJson { get; }

    /// <summary>Moves diagnostics in the expression onto <c>&lt;entry&gt;</c> with the expression's own lines; those in the
    /// rest of the wrapper become <c>&lt;entry&gt;:1:1</c>, and are dropped when the expression has errors of its own
    /// (the wrapper's errors then only follow from them, such as an untyped <c>let _</c>).</summary>
    public IReadOnlyList<QSharpDiagnostic> Map(IReadOnlyList<QSharpDiagnostic> diagnostics)
    {
        var mapped = new List<QSharpDiagnostic>();
        var wrapperOnly = new List<QSharpDiagnostic>();
        foreach (var d in diagnostics)
        {
            var stack = MapStack(d.Stack);
            if (d.File != FileName)
                mapped.Add(d with { Stack = stack });
            else if (d.Line >= ExpressionLine && d.Line < ExpressionLine + _expressionLines)
                mapped.Add(d with { File = "<entry>", Line = d.Line - ExpressionLine + 1, Stack = stack });
            else
                wrapperOnly.Add(d with { File = "<entry>", Line = 1, Column = 1, Stack = stack });
        }
        return mapped.Count > 0 ? mapped : wrapperOnly;
    }

    /// <summary>The Q# call stack without the generated operation's frame.</summary>
    private string? MapStack(string? stack) =>
        stack is null ? null : string.Join('\n', stack.Split('\n').Where(line => !line.Contains(FileName, StringComparison.Ordinal)));
}
