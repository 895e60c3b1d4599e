using QuantumML.Models;
using QuantumML.Preprocessing;
using QuantumML.QSharp;

namespace QuantumML.Persistence;

/// <summary>A saved model rebuilt: the preprocessing fitted on its training split, then the trained classifier.</summary>
public sealed class ModelPipeline
{
    private ModelPipeline(ModelFile file, IReadOnlyList<IFeatureTransform> preprocessing, IClassifier classifier)
    {
        File = file;
        Preprocessing = preprocessing;
        Classifier = classifier;
    }

    /// <summary>The file it was rebuilt from.</summary>
    public ModelFile File { get; }

    /// <summary>The fitted transforms, in order.</summary>
    public IReadOnlyList<IFeatureTransform> Preprocessing { get; }

    /// <summary>The trained classifier, which receives preprocessed features.</summary>
    public IClassifier Classifier { get; }

    /// <summary>Rebuilds the model of <paramref name="file"/> (read by <see cref="ModelFiles.Read"/>); a quantum model
    /// needs <paramref name="runtime"/> and <paramref name="project"/>. <paramref name="fileName"/> names the file in messages.</summary>
    /// <exception cref="ModelFileException">A field is inconsistent with the others (a shape, a class count).</exception>
    public static async Task<ModelPipeline> RestoreAsync(ModelFile file, string fileName, QSharpRuntime? runtime = null, QSharpProject? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            var kind = Models.ClassifierCatalogue.Catalogue.Find(file.Kind)?.Kind ?? throw ModelFileException.At("$.kind", $"is '{file.Kind}'; known kinds: {string.Join(", ", Models.ClassifierCatalogue.Catalogue.Names)}");
            var preprocessing = file.Preprocessing.Select((step, i) => Restore(step, i)).ToList();
            var options = JsonContract.Read(file.Hyperparameters, kind.OptionsType, "$.hyperparameters");
            var state = JsonContract.Read(file.Parameters, kind.StateType, "$.parameters");
            var context = new RestoreContext(file.ModelInputCount, file.Classes, runtime, project);
            var classifier = await kind.RestoreAsync(options, state, context, cancellationToken).ConfigureAwait(false);
            return new ModelPipeline(file, preprocessing, classifier);
        }
        catch (ModelFileException e)
        {
            throw e.InFile(fileName);
        }
    }

    /// <summary>Class probabilities of raw feature rows (before preprocessing), one column per class of <see cref="ModelFile.Classes"/>.</summary>
    public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default)
    {
        var x = features;
        foreach (var transform in Preprocessing) x = transform.Transform(x);
        return Classifier.PredictProbabilitiesAsync(x, cancellationToken);
    }

    private static IFeatureTransform Restore(TransformState step, int index)
    {
        try
        {
            return step.Restore();
        }
        catch (ModelFileException e)
        {
            throw e.Under($"$.preprocessing[{index}]");
        }
    }
}
