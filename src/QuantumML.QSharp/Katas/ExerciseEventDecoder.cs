using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using QuantumML.QSharp.Engine;

namespace QuantumML.QSharp.Katas;

/// <summary>Turns the checker's event stream into a verdict, its output and its diagnostics.</summary>
/// <remarks>The checker ends with one Result event: <c>"true"</c> or <c>"false"</c> when the verification ran, else
/// the errors. Unlike a plain run, the messages and dumps before a failure are kept: they describe the failing case.</remarks>
internal static partial class ExerciseEventDecoder
{
    /// <param name="events">The raw events, separated by U+001E.</param>
    /// <param name="documentNames">The solution's and the exercise sources' display names, keyed by the names the
    /// checker gives them (<c>solution</c>, <c>0</c>, <c>1</c>, …).</param>
    public static (ExerciseVerdict Verdict, List<ExerciseOutput> Output, List<QSharpDiagnostic> Diagnostics) Decode(
        string events, IReadOnlyDictionary<string, string> documentNames)
    {
        var output = new List<ExerciseOutput>();
        ExerciseVerdict? verdict = null;
        List<QSharpDiagnostic> diagnostics = [];
        string? hostError = null;
        EventDecoder.ForEach(events, root =>
        {
            switch (root.GetProperty("type").GetString())
            {
                case "Message":
                    output.Add(new ExerciseMessage(root.GetProperty("message").GetString() ?? ""));
                    break;
                case "DumpMachine":
                    output.Add(new ExerciseStateDump(EventDecoder.ParseDump(root)));
                    break;
                case "Matrix":
                    output.Add(new ExerciseMessage("(an operation's matrix was dumped here; matrices are not shown)"));
                    break;
                case "Result":
                    var result = root.GetProperty("result");
                    if (root.GetProperty("success").GetBoolean())
                    {
                        verdict = result.GetString() == "true" ? ExerciseVerdict.Passed : ExerciseVerdict.Failed;
                    }
                    else
                    {
                        verdict = EventDecoder.IsRuntimeFailure(result) ? ExerciseVerdict.RuntimeError : ExerciseVerdict.CompileError;
                        diagnostics = EventDecoder.Diagnostics(result)
                            .Select(d => d with
                            {
                                File = documentNames.TryGetValue(d.File, out var name) ? name : d.File,
                                Stack = d.Stack is null ? null : StackDocument().Replace(d.Stack, m => documentNames.TryGetValue(m.Value, out var n) ? n : m.Value),
                            })
                            .ToList();
                    }
                    break;
                case "HostError":
                    hostError ??= root.GetProperty("message").GetString();
                    break;
            }
        });
        // The checker panics (a wasm trap) instead of reporting, for example when a fail fires inside a partially
        // applied operation; no verdict then exists to return.
        if (verdict is null)
            throw new QSharpHostException($"The Quantum Katas checker stopped without a verdict: {hostError ?? "no events"}.");
        return (verdict.Value, output, diagnostics);
    }

    /// <summary>A document name in a call stack line such as <c>at Kata.ApplyY in solution:3:9</c>.</summary>
    [GeneratedRegex(@"(?<= in )[^\s:]+(?=:\d+:\d+)")]
    private static partial Regex StackDocument();
}
