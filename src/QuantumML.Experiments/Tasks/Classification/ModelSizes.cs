using System.Globalization;
using QuantumML.Data;
using QuantumML.Experiments.Specs;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The size checks that need the data: how many values all seeds' splits hold, and what each model keeps
/// in memory for a training split of this size (see <see cref="SpecLimits"/>).</summary>
internal static class ModelSizes
{
    /// <summary>Refuses a data set of <paramref name="samples"/> × <paramref name="features"/> values whose copies for
    /// every seed would not fit in memory.</summary>
    public static void CheckHeldValues(ClassificationSpec spec, int samples, int features)
    {
        var values = (long)samples * features * spec.Seeds.Count;
        if (values > SpecLimits.MaxHeldValues)
        {
            throw spec.Models[0].Settings.Error(string.Create(CultureInfo.InvariantCulture,
                $"$.dataset: {samples} samples × {features} features × {spec.Seeds.Count} seeds is {values:N0} values held at once; at most {SpecLimits.MaxHeldValues:N0} (use a smaller file or fewer seeds)"));
        }
    }

    /// <summary>Refuses a model that would keep more than its limit for a training split of <paramref name="train"/>'s size.</summary>
    public static void Check(ModelSpec model, Dataset train)
    {
        var s = model.Settings;
        var n = train.Count;
        if (model.Type is "svm" or "qsvc" && n > SpecLimits.MaxKernelSamples)
        {
            throw s.Error(string.Create(CultureInfo.InvariantCulture,
                $"{s.Path} ('{model.Name}'): a {model.Type} keeps an n × n kernel matrix of its training split, here {n} samples; at most {SpecLimits.MaxKernelSamples} (use fewer samples or a larger $.split.test_fraction)"));
        }
        if (model.Type == "mlp")
        {
            var widths = (s.Raw["hidden"]?.AsArray().Select(w => (long)w!.GetValue<int>()).Sum() ?? 32) + train.FeatureCount + train.ClassCount;
            var activations = n * widths;
            if (activations > SpecLimits.MaxPerceptronActivations)
            {
                throw s.Error(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Path}.hidden: predicting the {n} training samples keeps {n} × {widths} = {activations:N0} activations; at most {SpecLimits.MaxPerceptronActivations:N0} (use narrower layers or fewer samples)"));
            }
        }
    }
}
