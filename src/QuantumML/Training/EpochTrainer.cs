using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Optimization;
using QuantumML.Randomness;

namespace QuantumML.Training;

/// <summary>Trains any <see cref="IParametricClassifier"/> by minibatch gradient steps: per-epoch shuffles, a
/// learning-rate schedule, early stopping on a held-out validation split, and checkpoints to resume from.</summary>
/// <remarks>Every epoch's minibatch order comes from a seed derived from (seed, epoch), and the optimizer's moments are
/// saved with the parameters, so a run resumed from a checkpoint takes exactly the steps an uninterrupted run takes.</remarks>
/// <param name="options">Epochs, batches, optimizer, schedule, early stopping and checkpoint interval.</param>
public sealed class EpochTrainer(TrainingOptions options)
{
    // The mean minibatch gradient norm of the last epoch EpochAsync trained, for EpochObserver.
    private double _lastGradientNorm = double.NaN;

    /// <summary>Where checkpoints are saved and resumed from, or null for none.</summary>
    public ICheckpointStore? Checkpoints { get; init; }

    /// <summary>FedProx's proximal term, or null.</summary>
    public ProximalTerm? Proximal { get; init; }

    /// <summary>Called after every epoch (for progress), with the epoch's record.</summary>
    public Action<EpochRecord>? OnEpoch { get; init; }

    /// <summary>Measured after every epoch with that epoch's parameters in the model, and recorded as the epoch's
    /// <see cref="EpochRecord.TestAccuracy"/>; for learning curves only, never for a training decision.</summary>
    public Func<CancellationToken, Task<double>>? TestAccuracyProbe { get; init; }

    /// <summary>What the model has spent so far in this process (circuits, Q# runs), or null for a model without such
    /// costs. Checkpoints carry it, and the report's totals are this process's spending plus what the checkpoint it
    /// resumed from had spent before it (less what this process spent before resuming, which that checkpoint counted too).</summary>
    public Func<TrainingCost>? Cost { get; init; }

    /// <summary>The trainer <paramref name="model"/>'s own settings, checkpoint store and probe ask for.</summary>
    public static EpochTrainer For(IParametricClassifier model) =>
        new(model.Training) { Checkpoints = model.Checkpoints, TestAccuracyProbe = model.TestAccuracyProbe };

    /// <summary>Trains <paramref name="model"/> on <paramref name="train"/> from its own initial parameters, or from
    /// <paramref name="start"/> when given, and leaves the final (or best) parameters in the model.</summary>
    public async Task<FitReport> TrainAsync(IParametricClassifier model, Dataset train, double[]? start = null, CancellationToken cancellationToken = default)
    {
        Validate();
        var (fit, validation) = options.EarlyStopping is { } es
            ? Split.Stratified(train, es.ValidationFraction, new Random(DerivedSeed.Of(options.Seed, -1)))
            : (train, null);
        var initial = await model.InitializeAsync(fit, cancellationToken).ConfigureAwait(false);
        var x = start is null ? initial : Checked(start, initial.Length, "start");
        var optimizer = OptimizerCatalogue.Step(options.Optimizer, options.Epochs, options.LearningRate);
        optimizer.Start(x.Length);
        var stopping = options.EarlyStopping is { } e ? new EarlyStopping(e) : null;
        var history = new List<EpochRecord>();
        var first = 1;
        int? resumedAfter = null;
        // What earlier processes spent: added to this one's spending in checkpoints and in the report.
        var carried = TrainingCost.None;

        if (Checkpoints?.Load() is { } checkpoint)
        {
            if (checkpoint.Model != model.Name)
                throw new InvalidDataException($"The checkpoint is of model '{checkpoint.Model}', not '{model.Name}'.");
            x = Checked(checkpoint.Parameters, x.Length, "the checkpoint's parameters");
            optimizer.Restore(checkpoint.Optimizer);
            history.AddRange(checkpoint.History);
            if (stopping is not null && checkpoint.EarlyStopping is { } saved) stopping.Restore(saved);
            first = checkpoint.Epoch + 1;
            resumedAfter = checkpoint.Epoch;
            if (Cost is not null && checkpoint.Cost is { } spent) carried = spent - Cost();
        }

        var stopped = stopping is not null && history.Count > 0 && stopping.EpochsWithoutImprovement >= options.EarlyStopping!.Patience;
        for (var epoch = first; epoch <= options.Epochs && !stopped; epoch++)
        {
            var record = await EpochAsync(model, fit, x, optimizer, epoch, options.Epochs, cancellationToken).ConfigureAwait(false);
            if (validation is not null && stopping is not null)
            {
                var all = Enumerable.Range(0, validation.Count).ToArray();
                var v = await model.LossAsync(x, validation, all, withGradient: false, cancellationToken).ConfigureAwait(false);
                record = record with { ValidationLoss = v.Loss, ValidationAccuracy = (double)v.Correct / validation.Count };
                stopped = stopping.Observe(epoch, v.Loss, x);
            }
            if (TestAccuracyProbe is not null)
            {
                model.Parameters = x;
                record = record with { TestAccuracy = await TestAccuracyProbe(cancellationToken).ConfigureAwait(false) };
            }
            history.Add(record);
            OnEpoch?.Invoke(record);
            EpochObserver.Current?.Invoke(new EpochProgress(record, _lastGradientNorm));
            if (Checkpoints is not null && options.CheckpointEvery > 0 && (epoch % options.CheckpointEvery == 0 || stopped))
                Checkpoints.Save(new TrainingCheckpoint(model.Name, epoch, (double[])x.Clone(), optimizer.State, history.ToList(), stopping?.State, Cost is null ? null : Cost() + carried));
        }

        EarlyStoppingOutcome? outcome = null;
        if (stopping is not null)
        {
            var restore = options.EarlyStopping!.RestoreBest && stopping.BestEpoch > 0;
            if (restore) x = (double[])stopping.BestParameters.Clone();
            outcome = new EarlyStoppingOutcome(stopping.BestEpoch, stopping.BestLoss, history.Count == 0 ? 0 : history[^1].Epoch, stopped, restore);
        }
        model.Parameters = x;
        var cost = Cost is null ? TrainingCost.None : Cost() + carried;
        return new FitReport(history, cost.CircuitEvaluations, cost.QSharpRuns) { EarlyStopping = outcome, ResumedAfterEpoch = resumedAfter };
    }

    /// <summary>Trains 1-based <paramref name="epoch"/> of <paramref name="epochs"/>: the scheduled step size, a
    /// shuffle seeded by (seed, epoch), one <paramref name="optimizer"/> step per minibatch, in place on <paramref name="x"/>.</summary>
    /// <remarks>Federated clients call this directly, keeping their own optimizer across rounds.</remarks>
    public async Task<EpochRecord> EpochAsync(IParametricClassifier model, Dataset data, double[] x, StepOptimizer optimizer, int epoch, int epochs, CancellationToken cancellationToken = default)
    {
        optimizer.LearningRate = options.Schedule.At(epoch, epochs, options.LearningRate);
        var order = Enumerable.Range(0, data.Count).ToArray();
        new Random(DerivedSeed.Of(options.Seed, epoch)).Shuffle(order);
        double lossSum = 0;
        double normSum = 0;
        var batches = 0;
        var correct = 0;
        for (var s = 0; s < order.Length; s += options.BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order[s..Math.Min(order.Length, s + options.BatchSize)];
            var result = await model.LossAsync(x, data, batch, withGradient: true, cancellationToken).ConfigureAwait(false);
            var gradient = result.Gradient ?? throw new InvalidOperationException($"{model.Name} returned no gradient.");
            var loss = Proximal?.Apply(x, result.Loss, gradient) ?? result.Loss;
            lossSum += loss * batch.Length;
            correct += result.Correct;
            normSum += Math.Sqrt(gradient.Sum(g => g * g));
            batches++;
            optimizer.Step(x, gradient);
        }
        _lastGradientNorm = batches == 0 ? double.NaN : normSum / batches;
        return new EpochRecord(epoch, lossSum / Math.Max(1, data.Count), (double)correct / Math.Max(1, data.Count), LearningRate: optimizer.LearningRate);
    }

    private void Validate()
    {
        if (options.Epochs < 1) throw new ArgumentException("Training needs at least one epoch.");
        if (options.BatchSize < 1) throw new ArgumentException("The batch size must be at least 1.");
        if (!(options.LearningRate > 0)) throw new ArgumentException("The learning rate must be positive.");
        if (options.CheckpointEvery < 0) throw new ArgumentException("The checkpoint interval cannot be negative.");
        if (options.EarlyStopping is { } e && (e.Patience < 1 || e.MinDelta < 0 || e.ValidationFraction is <= 0 or > 0.5))
            throw new ArgumentException("Early stopping needs patience ≥ 1, min delta ≥ 0 and a validation fraction in (0, 0.5].");
    }

    private static double[] Checked(double[] parameters, int expected, string what) => parameters.Length == expected
        ? (double[])parameters.Clone()
        : throw new ArgumentException($"{what} has {parameters.Length} parameters; the model has {expected}.");
}
