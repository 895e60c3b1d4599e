using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Optimization;
using QuantumML.Randomness;
using QuantumML.Training;

namespace QuantumML.Privacy;

/// <summary>Example-level differentially private training of any <see cref="IParametricClassifier"/> by DP-SGD (Abadi et al.
/// 2016): each step takes a Poisson sample of the training set (every example independently with probability q = B/N for
/// the model's batch size B), clips every example's gradient to L2 norm C, adds N(0, z²C²) to each coordinate of their sum,
/// divides by the expected batch size qN, and hands that to the model's optimizer (Adam, SGD or RMSProp: post-processing,
/// which costs no privacy).</summary>
/// <remarks>
/// Poisson sampling is what the sampled Gaussian mechanism's RDP assumes, so the reported ε is a proven bound for these
/// batches (shuffled fixed-size batches would not be covered). An epoch is round(N/B) steps, so T = epochs·round(N/B).
/// Per-example gradients come from the model's own per-example pass (<see cref="IPerExampleGradients"/>: logistic
/// regression in closed form, the VQC from one Jacobian of the batch) or one loss call per example otherwise. The epochs'
/// training loss and accuracy in the history are computed on the sampled private examples without noise: they are for
/// the learning curve and are not covered by the guarantee; the parameters (every step's) are.
/// Early stopping and checkpoints are refused: a validation split would be private data used without noise, and a
/// resumed run would need the accountant's state.
/// </remarks>
/// <param name="options">C, z and δ.</param>
public sealed class DpSgdTrainer(DpSgdOptions options)
{
    /// <summary>Measured after every epoch with that epoch's parameters in the model (test split only), or null.</summary>
    public Func<CancellationToken, Task<double>>? TestAccuracyProbe { get; init; }

    /// <summary>Called after every epoch.</summary>
    public Action<EpochRecord>? OnEpoch { get; init; }

    /// <summary>What the model has spent so far (circuits, Q# runs), or null for a model without such costs.</summary>
    public Func<TrainingCost>? Cost { get; init; }

    /// <summary>The sampling rate q = min(1, B/N) and step count T = epochs·max(1, round(N/B)) DP-SGD uses for
    /// <paramref name="training"/> on <paramref name="examples"/> examples.</summary>
    public static (double SamplingRate, long Steps, int StepsPerEpoch) Schedule(TrainingOptions training, int examples)
    {
        if (examples < 1) throw new ArgumentException("DP-SGD needs at least one training example.", nameof(examples));
        var perEpoch = Math.Max(1, (int)Math.Round((double)examples / training.BatchSize, MidpointRounding.AwayFromZero));
        return (Math.Min(1, (double)training.BatchSize / examples), (long)training.Epochs * perEpoch, perEpoch);
    }

    /// <summary>The example-level guarantee of training with <paramref name="training"/> on <paramref name="examples"/>
    /// examples, known before training (for sweeps over z or a target ε).</summary>
    public static PrivacyGuarantee Guarantee(DpSgdOptions options, TrainingOptions training, int examples)
    {
        var (q, steps, _) = Schedule(training, examples);
        return PrivacyGuarantee.Of(PrivacyUnit.Example, q, options.NoiseMultiplier, options.ClipNorm, steps, options.Delta);
    }

    /// <summary>Trains <paramref name="model"/> on <paramref name="train"/> from its own initial parameters with its own
    /// training options, leaves the final parameters in the model, and returns the history and the guarantee.</summary>
    public async Task<DpSgdResult> TrainAsync(IParametricClassifier model, Dataset train, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var training = model.Training;
        if (training.EarlyStopping is not null)
            throw new ArgumentException($"{model.Name}: early stopping is not available with DP-SGD (its validation split would be private data used without noise).");
        if (training.CheckpointEvery > 0)
            throw new ArgumentException($"{model.Name}: checkpoints are not available with DP-SGD.");
        if (training.BatchSize < 1 || training.Epochs < 1 || !(training.LearningRate > 0))
            throw new ArgumentException($"{model.Name}: DP-SGD needs epochs ≥ 1, a batch size ≥ 1 and a positive learning rate.");
        var (q, _, perEpoch) = Schedule(training, train.Count);
        var x = await model.InitializeAsync(train, cancellationToken).ConfigureAwait(false);
        var optimizer = OptimizerCatalogue.Step(training.Optimizer, training.Epochs * perEpoch, training.LearningRate);
        optimizer.Start(x.Length);
        var spentBefore = Cost?.Invoke() ?? TrainingCost.None;
        var expectedBatch = q * train.Count;
        var noise = options.NoiseMultiplier * options.ClipNorm;
        var history = new List<EpochRecord>();
        for (var epoch = 1; epoch <= training.Epochs; epoch++)
        {
            optimizer.LearningRate = training.Schedule.At(epoch, training.Epochs, training.LearningRate);
            var (lossSum, seen, correct) = (0.0, 0, 0);
            for (var step = 0; step < perEpoch; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = PoissonBatch(training.Seed, epoch, step, train.Count, q);
                var sum = new double[x.Length];
                if (batch.Count > 0)
                {
                    var perExample = await PerExampleLoss.OfAsync(model, x, train, batch, cancellationToken).ConfigureAwait(false);
                    foreach (var g in perExample.Gradients)
                    {
                        var factor = L2Clipping.Factor(g, options.ClipNorm);
                        if (factor == 0) continue;   // a non-finite gradient contributes nothing
                        for (var i = 0; i < sum.Length; i++) sum[i] += factor * g[i];
                    }
                    lossSum += perExample.Losses.Sum();
                    seen += batch.Count;
                    correct += perExample.Correct;
                }
                GaussianNoise.AddTo(sum, noise, new Random(DerivedSeed.Of(training.Seed, epoch, step, 1)));
                for (var i = 0; i < sum.Length; i++) sum[i] /= expectedBatch;
                optimizer.Step(x, sum);
            }
            var record = new EpochRecord(epoch, seen == 0 ? double.NaN : lossSum / seen, seen == 0 ? double.NaN : (double)correct / seen, LearningRate: optimizer.LearningRate);
            if (TestAccuracyProbe is not null)
            {
                model.Parameters = x;
                record = record with { TestAccuracy = await TestAccuracyProbe(cancellationToken).ConfigureAwait(false) };
            }
            history.Add(record);
            OnEpoch?.Invoke(record);
        }
        model.Parameters = x;
        var cost = (Cost?.Invoke() ?? TrainingCost.None) - spentBefore;
        return new DpSgdResult(new FitReport(history, cost.CircuitEvaluations, cost.QSharpRuns), Guarantee(options, training, train.Count));
    }

    /// <summary>Step <paramref name="step"/> of <paramref name="epoch"/>'s batch: every example independently with probability q,
    /// from a stream of the seed of its own.</summary>
    internal static List<int> PoissonBatch(int seed, int epoch, int step, int examples, double q)
    {
        var random = new Random(DerivedSeed.Of(seed, epoch, step, 0));
        var batch = new List<int>();
        for (var i = 0; i < examples; i++)
            if (random.NextDouble() < q) batch.Add(i);
        return batch;
    }
}

/// <summary>What DP-SGD training gave.</summary>
/// <param name="Report">The history (per-epoch loss and accuracy on the sampled examples, not private) and the quantum cost.</param>
/// <param name="Guarantee">The example-level (ε, δ).</param>
public sealed record DpSgdResult(FitReport Report, PrivacyGuarantee Guarantee);
