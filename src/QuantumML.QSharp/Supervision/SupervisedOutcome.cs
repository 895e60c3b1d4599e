namespace QuantumML.QSharp.Supervision;

/// <summary>How a supervised run ended.</summary>
public enum SupervisedOutcome
{
    /// <summary>The expression was evaluated.</summary>
    Completed,

    /// <summary>The program failed at run time (a <c>fail</c>, a failed <c>Fact</c>, an index out of range…).</summary>
    Failed,

    /// <summary>The time limit set last passed and the run was stopped.</summary>
    TimedOut,

    /// <summary>The simulator itself failed (a wasm trap, such as running out of memory).</summary>
    Crashed,

    /// <summary>The run emitted more than its output limit allows and was stopped.</summary>
    OutputLimit,

    /// <summary>The observer stopped the run (<see cref="RunSignal.Stop"/>).</summary>
    Stopped,
}
