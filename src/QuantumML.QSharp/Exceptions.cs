namespace QuantumML.QSharp;

/// <summary>The base of every error the Q# runtime reports.</summary>
public class QSharpException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public QSharpException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public QSharpException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>A Q# project folder, manifest or source could not be read.</summary>
public sealed class QSharpProjectException(string message) : QSharpException(message);

/// <summary>The sources or the run expression did not compile.</summary>
public sealed class QSharpCompilationException(IReadOnlyList<QSharpDiagnostic> diagnostics)
    : QSharpException(Describe("Q# compilation failed", diagnostics))
{
    /// <summary>Every error the compiler reported, in its order.</summary>
    public IReadOnlyList<QSharpDiagnostic> Diagnostics { get; } = diagnostics;

    internal static string Describe(string what, IReadOnlyList<QSharpDiagnostic> diagnostics) =>
        diagnostics.Count == 0 ? what : $"{what}:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}";
}

/// <summary>The program compiled but failed while running (a Q# <c>fail</c>, a failed <c>Fact</c>, an out-of-range index).</summary>
public sealed class QSharpRuntimeException(IReadOnlyList<QSharpDiagnostic> diagnostics, int shot)
    : QSharpException(QSharpCompilationException.Describe($"Q# program failed in shot {shot}", diagnostics))
{
    /// <summary>The runtime diagnostics, with the Q# call stack in <see cref="QSharpDiagnostic.Stack"/>.</summary>
    public IReadOnlyList<QSharpDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The 0-based shot that failed first.</summary>
    public int Shot { get; } = shot;

    /// <summary>Every shot of the run, the failed ones with their <see cref="ShotResult.Errors"/>: the module runs every shot
    /// whatever an earlier one did, so one failure does not hide the others' outcomes.</summary>
    public RunResult? Result { get; init; }
}

/// <summary>A run passed its time limit and was stopped; the runtime stays usable.</summary>
public sealed class QSharpTimeoutException(TimeSpan limit)
    : QSharpException($"Q# run stopped after its time limit of {limit.TotalSeconds:0.###} s.")
{
    /// <summary>The time limit that was exceeded.</summary>
    public TimeSpan Limit { get; } = limit;

    /// <summary>What the run emitted before it was stopped: the shots it finished, and the messages and dumps of the one it was in
    /// (<see cref="RunResult.Unfinished"/>).</summary>
    public RunResult? Partial { get; init; }

    /// <summary>The raw events the engine held when the run was stopped, for <see cref="QSharpRuntime"/> to decode.</summary>
    internal string? PartialEvents { get; init; }
}

/// <summary>A run emitted more than its <see cref="RunOptions.Output"/> allows and was stopped; the runtime stays usable.</summary>
public sealed class QSharpOutputLimitException(OutputLimit limit, long events, long bytes, int dumpQubits)
    : QSharpException(Describe(limit, events, bytes, dumpQubits))
{
    /// <summary>The limit that was passed.</summary>
    public OutputLimit Limit { get; } = limit;

    /// <summary>The events counted when the run was stopped, the last one included.</summary>
    public long Events { get; } = events;

    /// <summary>The bytes counted when the run was stopped, the last event included.</summary>
    public long Bytes { get; } = bytes;

    /// <summary>The qubits of the state dump that passed the limit, or -1 when the last event was no dump.</summary>
    public int DumpQubits { get; } = dumpQubits;

    /// <summary>What the run emitted before the limit.</summary>
    public RunResult? Partial { get; init; }

    internal static string Describe(OutputLimit limit, long events, long bytes, int dumpQubits) =>
        events > limit.MaxEvents
            ? $"Q# run stopped: too much output, more than {limit.MaxEvents} messages, state dumps and results."
            : dumpQubits >= 0 && 16 * Math.Pow(2, dumpQubits) > limit.MaxBytes / 2
                ? $"Q# run stopped: too much output, a state dump of {dumpQubits} qubits ({OutputLimit.Bytes(16 * Math.Pow(2, dumpQubits))} as dense amplitudes) passes the output limit of {OutputLimit.Bytes(limit.MaxBytes)}."
                : $"Q# run stopped: too much output, more than {OutputLimit.Bytes(limit.MaxBytes)} of messages, state dumps and results.";
}

/// <summary>The QDK module is missing, or the JavaScript engine failed outside any Q# program, or the simulator crashed
/// (a wasm trap, such as running out of memory).</summary>
public sealed class QSharpHostException : QSharpException
{
    /// <summary>Whether the simulator crashed because its wasm memory reached the most a wasm module can address (4 GiB).</summary>
    public bool OutOfMemory { get; init; }

    /// <summary>Creates the exception with a message.</summary>
    public QSharpHostException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public QSharpHostException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>The resource estimator refused the program or its parameters (for example: the program has no T states,
/// rotations or measurements to estimate, or a QEC scheme does not fit the qubit model).</summary>
public sealed class QSharpEstimationException(string message, string? code = null) : QSharpException(message)
{
    /// <summary>The estimator's error code, such as <c>Qdk.Qsc.Estimates.AlgorithmHasNoResources</c>, when it gave one.</summary>
    public string? Code { get; } = code;
}
