using QuantumML.Catalogues;

namespace QuantumML.Optimization;

/// <summary>How an optimizer uses the objective, which decides where it may be named.</summary>
public enum OptimizerKind
{
    /// <summary>One step per (minibatch) gradient: trains by epochs, with schedules, early stopping, checkpoints and federated rounds.</summary>
    FirstOrder,

    /// <summary>A full-batch gradient method run to convergence.</summary>
    FullBatch,

    /// <summary>Uses objective values only.</summary>
    DerivativeFree,
}

/// <summary>One optimizer: its name, what it is, and how to build it for a budget.</summary>
/// <param name="Name">The name specs use.</param>
/// <param name="Doc">What it is.</param>
/// <param name="Kind">How it uses the objective.</param>
/// <param name="Create">The optimizer for a budget: iterations (steps), learning rate, the run's generator (drawn from only by
/// stochastic optimizers) and the gradient tolerance of full-batch ones.</param>
public sealed record OptimizerEntry(string Name, string Doc, OptimizerKind Kind, Func<OptimizerBudget, IOptimizer> Create) : CatalogueEntry(Name, Doc);

/// <summary>What an optimizer is built for.</summary>
/// <param name="Iterations">Steps or iterations; range ≥ 1.</param>
/// <param name="LearningRate">Step size of first-order optimizers; range &gt; 0.</param>
/// <param name="Random">The run's generator: a stochastic optimizer takes its seed from it.</param>
/// <param name="GradientTolerance">Full-batch optimizers stop when the gradient's norm falls below it.</param>
public sealed record OptimizerBudget(int Iterations, double LearningRate, Random Random, double GradientTolerance = 1e-6);

/// <summary>The optimizers specs name (<c>"optimizer"</c> of classifiers and VQE configurations).</summary>
public static class OptimizerCatalogue
{
    /// <summary>The default optimizer of models trained by epochs.</summary>
    public const string Adam = "adam";

    /// <summary>The default optimizer of full-batch fits (logistic regression, VQE).</summary>
    public const string Lbfgs = "lbfgs";

    /// <summary>Every optimizer, first-order ones first.</summary>
    public static Catalogue<OptimizerEntry> Catalogue { get; } = new("optimizers", "models[].optimizer (classification, vqe)",
    [
        new(Adam, "Adam: steps from running first and second moments of the gradient (Kingma and Ba 2015)", OptimizerKind.FirstOrder,
            b => new Adam(b.Iterations, b.LearningRate)),
        new("sgd", "stochastic gradient descent with momentum 0.9", OptimizerKind.FirstOrder, b => new SgdMomentum(b.Iterations, b.LearningRate)),
        new("rmsprop", "RMSprop: steps scaled by a running root mean square of the gradient (Tieleman and Hinton 2012)", OptimizerKind.FirstOrder,
            b => new RmsProp(b.Iterations, b.LearningRate)),
        new("spsa", "simultaneous perturbation stochastic approximation: two objective values per step, any dimension (Spall 1992)", OptimizerKind.DerivativeFree,
            b => new SpsaOptimizer(b.Iterations, new Random(b.Random.Next()))),
        new(Lbfgs, "limited-memory BFGS (MathNet), full batch to convergence", OptimizerKind.FullBatch, b => new LBfgs(b.Iterations, b.GradientTolerance)),
        new("nelder-mead", "Nelder-Mead simplex (MathNet), derivative-free", OptimizerKind.DerivativeFree, b => new NelderMead(b.Iterations)),
    ]);

    /// <summary>The first-order optimizers' names: those that train by epochs.</summary>
    public static IReadOnlyList<string> FirstOrder { get; } = [.. Catalogue.Entries.Where(e => e.Kind == OptimizerKind.FirstOrder).Select(e => e.Name)];

    /// <summary>A new first-order optimizer <paramref name="name"/> taking <paramref name="steps"/> steps of size <paramref name="learningRate"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a first-order optimizer.</exception>
    public static StepOptimizer Step(string name, int steps, double learningRate) =>
        Catalogue.Find(name) is { Kind: OptimizerKind.FirstOrder } entry && entry.Create(new OptimizerBudget(steps, learningRate, new Random(0))) is StepOptimizer step
            ? Named(step, entry.Name)
            : throw new ArgumentException($"'{name}' is not a first-order optimizer; use {string.Join(", ", FirstOrder)}.", nameof(name));

    private static StepOptimizer Named(StepOptimizer optimizer, string name)
    {
        // The name is saved in checkpoints and compared when one is restored.
        optimizer.Name = name;
        return optimizer;
    }
}
