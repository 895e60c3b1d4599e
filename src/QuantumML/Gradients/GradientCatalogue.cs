using QuantumML.Catalogues;
using QuantumML.Quantum;
using QuantumML.Variational;

namespace QuantumML.Gradients;

/// <summary>One way to differentiate circuit expectations.</summary>
/// <param name="Name">The name specs use.</param>
/// <param name="Doc">What it is.</param>
/// <param name="Create">The gradient of a classifier's circuit for its execution mode; a stochastic one seeds itself from the generator.</param>
public sealed record GradientEntry(string Name, string Doc, Func<ExecutionMode, Random, IExpectationGradient> Create) : CatalogueEntry(Name, Doc)
{
    /// <summary>How a VQE differentiates its energy with it, or null when a VQE cannot use it.</summary>
    public GradientKind? Vqe { get; init; }

    /// <summary>Whether it needs exact states (no shots).</summary>
    public bool ExactOnly { get; init; }
}

/// <summary>The gradient methods specs name (<c>"gradient"</c> of classifiers and VQE configurations).</summary>
public static class GradientCatalogue
{
    /// <summary>The adjoint method (the default in exact mode on the compiled engine).</summary>
    public const string Adjoint = "adjoint";

    /// <summary>The parameter-shift rule (the default with shots).</summary>
    public const string ParameterShift = "parameter-shift";

    /// <summary>Central finite differences.</summary>
    public const string FiniteDifference = "finite-difference";

    /// <summary>Every gradient method.</summary>
    public static Catalogue<GradientEntry> Catalogue { get; } = new("gradient methods", "models[].gradient (classification, vqe)",
    [
        new(Adjoint, "the adjoint method: one forward and one backward sweep give every derivative, exact; exact mode on the compiled engine",
            (_, _) => new AdjointGradient()) { Vqe = GradientKind.Adjoint, ExactOnly = true },
        new(ParameterShift, "the two-term parameter-shift rule, exact when every parameter drives one rotation; valid with shots",
            (_, _) => new ParameterShiftGradient()) { Vqe = GradientKind.ParameterShift },
        new(FiniteDifference, "central finite differences (step 1e-4 exact, 0.1 with shots)",
            (mode, _) => new FiniteDifferenceGradient(mode.Kind == ExecutionKind.Exact ? 1e-4 : 0.1)) { Vqe = GradientKind.FiniteDifference },
        new("spsa", "simultaneous perturbation: two circuit batches per gradient whatever the parameter count",
            (_, random) => new SpsaGradient(0.1, new Random(random.Next()))),
    ]);

    /// <summary>The methods a VQE configuration may name.</summary>
    public static IReadOnlyList<string> ForVqe { get; } = [.. Catalogue.Entries.Where(e => e.Vqe is not null).Select(e => e.Name)];
}
