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
}

/// <summary>A run passed its time limit and was stopped; the runtime stays usable.</summary>
public sealed class QSharpTimeoutException(TimeSpan limit)
    : QSharpException($"Q# run stopped after its time limit of {limit.TotalSeconds:0.###} s.")
{
    /// <summary>The time limit that was exceeded.</summary>
    public TimeSpan Limit { get; } = limit;
}

/// <summary>The QDK module is missing, or the JavaScript engine failed outside any Q# program.</summary>
public sealed class QSharpHostException : QSharpException
{
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
