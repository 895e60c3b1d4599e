using System.Text.Json;
using QuantumML.QSharp.Engine;

namespace QuantumML.QSharp;

public sealed partial class QSharpRuntime
{
    /// <summary>Compiles what evaluating <paramref name="expression"/> does to QIR with the QDK compiler, under the adaptive
    /// profile (<c>adaptive_ri</c>): loops and calls unrolled, every classical value computed, gates left as calls such as
    /// <c>__quantum__qis__ry__body(double 0.3, %Qubit* ...)</c>.</summary>
    /// <param name="project">The Q# project.</param>
    /// <param name="expression">A Q# expression of type Unit, typically a block that allocates qubits and applies operations.</param>
    /// <param name="timeout">Wall-clock limit of the compilation; null for none.</param>
    /// <param name="cancellationToken">Stops the compilation.</param>
    /// <remarks>The QIR generator leaves out what has no QIR form: <c>Message</c>, <c>DumpMachine</c> and <c>Fact</c>
    /// (a failing <c>Fact</c> does not stop it; a <c>fail</c> does).</remarks>
    /// <exception cref="QSharpCompilationException">The project or the expression does not compile, or the program cannot be
    /// compiled for the adaptive profile (positions in the expression are reported on <c>&lt;entry&gt;</c>).</exception>
    /// <exception cref="QSharpRuntimeException">The program failed while being evaluated for QIR (a <c>fail</c>, an index out of range).</exception>
    /// <exception cref="QSharpTimeoutException">The compilation passed <paramref name="timeout"/>.</exception>
    public async Task<string> QirAsync(QSharpProject project, string expression, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        var wrapper = new EntryWrapper(project, expression, registerSize: null, entryPoint: true);
        var (json, _) = await WithEngineAsync(engine => engine.Qir(wrapper.ProgramJson), timeout, cancellationToken).ConfigureAwait(false);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (!root.GetProperty("ok").GetBoolean())
            throw TraceFailure(root, wrapper);
        return root.GetProperty("value").GetString() ?? "";
    }
}
