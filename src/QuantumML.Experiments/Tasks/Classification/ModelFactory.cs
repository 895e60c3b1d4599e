using QuantumML.Catalogues;
using QuantumML.Models;
using QuantumML.Optimization;
using QuantumML.QSharp;
using QuantumML.Quantum;
using QuantumML.Settings;
using QuantumML.Training;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Builds a fresh model for one (model spec, seed) from its entry of <see cref="ClassifierCatalogue"/>, and wraps
/// it with what the experiment adds to any model: its name, a noise study, federated training.</summary>
/// <param name="runtime">The Q# runtime, for quantum models.</param>
/// <param name="project">The Q# project whose operations the specs name.</param>
public sealed class ModelFactory(QSharpRuntime runtime, QSharpProject project)
{
    /// <summary>The runtime quantum models run on.</summary>
    public QSharpRuntime Runtime => runtime;

    /// <summary>The Q# project the specs name operations of.</summary>
    public QSharpProject Project => project;

    /// <summary>Checks every model's fields once, before anything runs, so that a typo fails fast; Q# names
    /// must be among <paramref name="callables"/> (the project's, fully qualified) when that is given.</summary>
    public void Validate(ClassificationSpec spec, int featureCount, IReadOnlyCollection<string>? callables = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        foreach (var model in spec.Models)
        {
            try
            {
                Create(model, spec.Seeds[0], featureCount);
            }
            catch (SpecException e) when (model.Sweep is { } candidate)
            {
                // The candidate's values stand in the model's fields: say which sweep point holds the bad one.
                throw new SpecException($"{e.Message} (in candidate '{model.Name}' of {candidate.Origin})");
            }
            if (callables is null || !model.IsQuantum) continue;
            foreach (var (field, family) in new[] { ("encoding", "Encodings."), ("ansatz", "Ansatzes.") })
            {
                var name = model.Settings.OptionalText(field);
                if (name is not null && !callables.Contains(name))
                {
                    var suggestions = callables.Where(c => c.StartsWith(family, StringComparison.Ordinal));
                    throw model.Settings.Error($"{model.Settings.Path}.{field}: '{name}' is not an operation of the Q# project; for example: {string.Join(", ", suggestions)}");
                }
            }
        }
    }

    /// <summary>A new, untrained model.</summary>
    public NamedClassifier Create(ModelSpec spec, int seed, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var s = spec.Settings;
        var entry = spec.Entry;
        var model = entry.Create(s, new ClassifierContext(spec.Name, seed, featureCount) { Runtime = runtime, Project = project, TrainingNoise = spec.TrainingNoise?.Noise });
        var sweep = entry.IsQuantum ? NoiseSweep(spec) : null;
        var federated = FederatedSpec.Read(s);
        if (federated is not null)
        {
            if (model is not IParametricClassifier)
                throw s.Error($"{s.Path}.federated: a {spec.Type} has no parameters to average; federated training takes {string.Join(", ", TrainedByEpochs)}");
            if (!OptimizerCatalogue.FirstOrder.Contains(entry.Field<ChoiceField>("optimizer").Read(s)))
                throw s.Error($"{s.Path}.federated: clients train by epochs; give the {spec.Type.Replace('-', ' ')} \"optimizer\": {string.Join(", ", OptimizerCatalogue.FirstOrder)}");
            foreach (var field in new[] { TrainingSettings.EarlyStopping.Name, TrainingSettings.CheckpointEvery.Name })
                if (s.Has(field)) throw s.Error($"{s.Path}.{field} is not supported with federated training (rounds replace epochs)");
        }
        var dpSgd = DpSgdSettings.Read(s);
        if (dpSgd is not null)
        {
            if (federated is not null) throw s.Error($"{s.Path}.{DpSgdSettings.Field}: a federated model is made private by \"federated\": {{\"privacy\": ...}} (user level), not by DP-SGD");
            if (model is not IParametricClassifier)
                throw s.Error($"{s.Path}.{DpSgdSettings.Field}: a {spec.Type} has no parameters to train by gradients; DP-SGD takes {string.Join(", ", TrainedByEpochs)}");
            if (!OptimizerCatalogue.FirstOrder.Contains(entry.Field<ChoiceField>("optimizer").Read(s)))
                throw s.Error($"{s.Path}.{DpSgdSettings.Field}: DP-SGD trains by noisy minibatch gradients; give the {spec.Type.Replace('-', ' ')} \"optimizer\": {string.Join(", ", OptimizerCatalogue.FirstOrder)}");
            foreach (var field in new[] { TrainingSettings.EarlyStopping.Name, TrainingSettings.CheckpointEvery.Name })
                if (s.Has(field)) throw s.Error($"{s.Path}.{field} is not supported with DP-SGD (a validation split would be private data used without noise; a resumed run would need the accountant's state)");
        }
        s.RejectUnknown("type", "name", "noise_training");
        var shots = entry.IsQuantum ? QuantumFields.Shots.Read(s) : 0;
        var sampled = entry.IsQuantum && QuantumFields.Execution.Read(s) != "exact";
        return new NamedClassifier(spec.Name, model) { NoiseSweep = sweep, Federated = federated, DpSgd = dpSgd, ShotsPerCircuit = sampled ? shots : 0, Shots = shots };
    }

    /// <summary>The classifiers that train by epochs (they declare the epoch-training fields): those federated training takes.</summary>
    private static IEnumerable<string> TrainedByEpochs =>
        ClassifierCatalogue.Catalogue.Entries.Where(e => e.Fields.Contains(TrainingSettings.Schedule)).Select(e => e.Name);

    /// <summary>The noise levels at which a trained model is evaluated again, when its noise field is a sweep.</summary>
    private static IReadOnlyList<NoiseLevel>? NoiseSweep(ModelSpec spec)
    {
        var noise = NoiseSettings.Read(spec.Settings);
        if (noise is not { IsSweep: true } || spec.TrainingNoise is not null) return null;
        if (!spec.Entry.Remeasurable)
            throw spec.Settings.Error($"{spec.Settings.Path}.noise: a list of levels sweeps a trained vqc's test predictions under noise; a {spec.Type}'s kernel would need every test × training circuit measured at every level (give one level and \"execution\": \"shots\")");
        return noise.Levels;
    }
}
