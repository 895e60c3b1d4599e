namespace QuantumML.Cli;

/// <summary>The exit codes of <c>qml</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The Q# program did not compile, failed, or timed out; or a check found errors.</summary>
    public const int Failure = 1;

    /// <summary>The command line, a file or a spec is wrong; the message names what.</summary>
    public const int InvalidInput = 2;

    /// <summary>Interrupted by the user (Ctrl-C).</summary>
    public const int Cancelled = 130;
}
