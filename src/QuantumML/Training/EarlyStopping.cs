namespace QuantumML.Training;

/// <summary>The early-stopping rule as a small state machine: feed it each epoch's validation loss, it says when to stop
/// and remembers the best parameters.</summary>
/// <param name="options">Patience and minimum improvement.</param>
public sealed class EarlyStopping(EarlyStoppingOptions options)
{
    /// <summary>The best validation loss so far (+∞ before the first epoch).</summary>
    public double BestLoss { get; private set; } = double.PositiveInfinity;

    /// <summary>The epoch of <see cref="BestLoss"/> (0 before the first epoch).</summary>
    public int BestEpoch { get; private set; }

    /// <summary>A copy of the parameters at <see cref="BestEpoch"/>.</summary>
    public double[] BestParameters { get; private set; } = [];

    /// <summary>Epochs since the last improvement.</summary>
    public int EpochsWithoutImprovement { get; private set; }

    /// <summary>Records 1-based <paramref name="epoch"/>'s validation loss and parameters; true when training should stop.</summary>
    public bool Observe(int epoch, double validationLoss, double[] parameters)
    {
        // An improvement must beat the best by more than MinDelta; the first epoch always counts.
        if (BestEpoch == 0 || validationLoss < BestLoss - options.MinDelta)
        {
            BestLoss = validationLoss;
            BestEpoch = epoch;
            BestParameters = (double[])parameters.Clone();
            EpochsWithoutImprovement = 0;
            return false;
        }
        EpochsWithoutImprovement++;
        return EpochsWithoutImprovement >= options.Patience;
    }

    /// <summary>The state to save in a checkpoint.</summary>
    public EarlyStoppingState State => new(BestLoss, BestEpoch, (double[])BestParameters.Clone(), EpochsWithoutImprovement);

    /// <summary>Continues from a checkpoint's <see cref="State"/>.</summary>
    public void Restore(EarlyStoppingState state)
    {
        BestLoss = state.BestLoss;
        BestEpoch = state.BestEpoch;
        BestParameters = (double[])state.BestParameters.Clone();
        EpochsWithoutImprovement = state.EpochsWithoutImprovement;
    }
}

/// <summary>Early stopping's saved state.</summary>
/// <param name="BestLoss">The best validation loss so far.</param>
/// <param name="BestEpoch">Its epoch.</param>
/// <param name="BestParameters">The parameters at that epoch.</param>
/// <param name="EpochsWithoutImprovement">Epochs since then.</param>
public sealed record EarlyStoppingState(double BestLoss, int BestEpoch, double[] BestParameters, int EpochsWithoutImprovement);

/// <summary>How early stopping ended a training.</summary>
/// <param name="BestEpoch">The epoch with the lowest validation loss.</param>
/// <param name="BestValidationLoss">That loss.</param>
/// <param name="LastEpoch">The last epoch trained.</param>
/// <param name="Stopped">Whether training stopped before its epoch budget.</param>
/// <param name="RestoredBest">Whether the final parameters are the best epoch's.</param>
public sealed record EarlyStoppingOutcome(int BestEpoch, double BestValidationLoss, int LastEpoch, bool Stopped, bool RestoredBest);
