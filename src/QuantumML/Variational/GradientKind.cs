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
}
