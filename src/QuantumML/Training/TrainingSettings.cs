using QuantumML.Catalogues;
using QuantumML.Optimization;
using QuantumML.Settings;

namespace QuantumML.Training;

/// <summary>A model's gradient-training fields: <c>schedule</c>, <c>early_stopping</c> and <c>checkpoint_every</c>, which
/// every model trained by epochs takes.</summary>
public static class TrainingSettings
{
    /// <summary>The step size per epoch.</summary>
    public static ShapedField Schedule { get; } = new("schedule", """{"kind": "step" | "exponential" | "cosine", ...}""", "constant",
        "step size per epoch: step (step_size 10, gamma 0.5), exponential (gamma 0.95) or cosine (min 0) decay") { Tunable = true };

    /// <summary>Early stopping on a validation split of the training set.</summary>
    public static ShapedField EarlyStopping { get; } = new("early_stopping", """{"patience": 5, "min_delta": 0, "validation_fraction": 0.2, "restore_best": true}""", "off",
        "stop when the loss on a held-out part of the training split has not improved for patience epochs") { Tunable = true };

    /// <summary>The checkpoint interval.</summary>
    public static WholeField CheckpointEvery { get; } = new("checkpoint_every", 0, 0, 1_000_000,
        "save a checkpoint every N epochs, so that qml run --resume continues an interrupted training (0: never)");

    /// <summary>The fields, in the order the documentation lists them.</summary>
    public static IReadOnlyList<Field> Fields { get; } = [Schedule, EarlyStopping, CheckpointEvery];

    /// <summary>The schedule, or constant when absent: <c>{"kind": "step", "step_size": 10, "gamma": 0.5}</c>,
    /// <c>{"kind": "exponential", "gamma": 0.95}</c> or <c>{"kind": "cosine", "min": 0.001}</c>.</summary>
    public static LearningRateSchedule ScheduleOf(SettingsReader s, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Section(Schedule.Name) is not { } section) return LearningRateSchedule.Constant;
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
    public static EarlyStoppingOptions? EarlyStoppingOf(SettingsReader s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Section(EarlyStopping.Name) is not { } section) return null;
        var options = new EarlyStoppingOptions(
            section.Whole("patience", 5, 1, 1_000_000),
            section.Number("min_delta", 0, 0, 1e9),
            section.Number("validation_fraction", 0.2, 0.01, 0.5),
            section.Flag("restore_best", true));
        section.RejectUnknown();
        return options;
    }

    /// <summary>The checkpoint interval in epochs (0: none).</summary>
    public static int CheckpointEveryOf(SettingsReader s) => CheckpointEvery.Read(s);

    /// <summary>Refuses the epoch-training fields for an optimizer that does not train by epochs.</summary>
    public static void RequireFirstOrder(SettingsReader s, string optimizer)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (OptimizerCatalogue.FirstOrder.Contains(optimizer)) return;
        foreach (var field in Fields.Select(f => f.Name))
            if (s.Has(field))
                throw s.Error($"{s.Path}.{field} needs a first-order optimizer ({string.Join(", ", OptimizerCatalogue.FirstOrder)}); {s.Path}.optimizer is '{optimizer}'");
    }
}
