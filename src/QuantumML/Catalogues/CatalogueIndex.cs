using QuantumML.Combinatorial.Solvers;
using QuantumML.Data;
using QuantumML.Gradients;
using QuantumML.Models;
using QuantumML.Optimization;
using QuantumML.Quantum;
using QuantumML.Vqe;

namespace QuantumML.Catalogues;

/// <summary>Every catalogue of the library, one per extension point, in the order <c>qml list</c> and the README show them.</summary>
public static class CatalogueIndex
{
    /// <summary>The catalogues: classifiers, optimizers, gradient methods, VQE ansatzes, noise kinds, solvers, datasets.</summary>
    public static IReadOnlyList<ICatalogue> All { get; } =
    [
        ClassifierCatalogue.Catalogue,
        OptimizerCatalogue.Catalogue,
        GradientCatalogue.Catalogue,
        VqeAnsatzCatalogue.Catalogue,
        NoiseCatalogue.Catalogue,
        SolverCatalogue.Catalogue,
        DatasetCatalogue.Catalogue,
    ];
}
