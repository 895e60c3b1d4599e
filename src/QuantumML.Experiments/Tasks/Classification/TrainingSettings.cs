using QuantumML.Experiments.Specs;
using QuantumML.Training;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Reads a model's gradient-training fields: <c>schedule</c>, <c>early_stopping</c> and <c>checkpoint_every</c>.</summary>
public static class TrainingSettings
{
    /// <summary>The schedule, or constant when absent: <c>{"kind": "step", "step_size": 10, "gamma": 0.5}</c>,
    /// <c>{"kind": "exponential", "gamma": 0.95}</c> or <c>{"kind": "cosine", "min": 0.001}</c>.</summary>
    public static LearningRateSchedule Schedule(SettingsReader s, double learningRate)
    {
        if (s.Section("schedule") is not { } section) return LearningRateSchedule.Constant;
        var kind = section.Choice("kind", "constant", "constant", "step", "exponential", "cosine");
        LearningRateSchedule schedule = kind switch
        {
            "step" => new StepDecaySchedule(section.Whole("step_size", 10, 1, 1_000_000), section.Number("gamma", 0.5, 1e-9, 1)),
            "exponential" => new ExponentialDecaySchedule(section.Number("gamma", 0.95, 1e-9, 1)),
            "cosine" => new CosineSchedule(section.Number("min", 0, 0, learningRate)),
            _ => LearningRateSchedule.Constant,
        };
        section.RejectUnknown();
        return schedule;
    }

    /// <summary>Early stopping, or null when absent: <c>{"patience": 5, "min_delta": 0, "validation_fraction": 0.2, "restore_best": true}</c>.</summary>
    public static EarlyStoppingOptions? EarlyStopping(SettingsReader s)
    {
        if (s.Section("early_stopping") is not { } section) return null;
        var options = new EarlyStoppingOptions(
            section.Whole("patience", 5, 1, 1_000_000),
            section.Number("min_delta", 0, 0, 1e9),
            section.Number("validation_fraction", 0.2, 0.01, 0.5),
            section.Flag("restore_best", true));
        section.RejectUnknown();
        return options;
    }

    /// <summary>The checkpoint interval in epochs (0: none).</summary>
    public static int CheckpointEvery(SettingsReader s) => s.Whole("checkpoint_every", 0, 0, 1_000_000);

    /// <summary>Refuses the epoch-training fields for an optimizer that does not train by epochs.</summary>
    public static void RequireFirstOrder(SettingsReader s, string optimizer)
    {
        if (StepOptimizers.Names.Contains(optimizer)) return;
        foreach (var field in new[] { "schedule", "early_stopping", "checkpoint_every" })
            if (s.Has(field))
                throw s.Error($"{s.Path}.{field} needs a first-order optimizer ({string.Join(", ", StepOptimizers.Names)}); {s.Path}.optimizer is '{optimizer}'");
    }
}
