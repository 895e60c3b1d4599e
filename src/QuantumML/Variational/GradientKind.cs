namespace QuantumML.Variational;

/// <summary>How a variational objective differentiates its energy.</summary>
public enum GradientKind
{
    /// <summary>No gradient: for derivative-free optimizers (Nelder-Mead, SPSA).</summary>
    None,

    /// <summary>The two-term parameter-shift rule, exact for single-gate parameters; valid with shots.</summary>
    ParameterShift,

    /// <summary>Central finite differences; for exact mode (shot noise would swamp a small step).</summary>
    FiniteDifference,

    /// <summary>The adjoint method on the compiled engine (exact mode): every derivative from one forward and one backward
    /// sweep, exact for shared and scaled angles. Where the ansatz runs on the QDK engine, the parameter-shift rule stands in
    /// when it is exact for the ansatz, else finite differences.</summary>
    Adjoint,
}
