namespace QuantumML.Training;

/// <summary>The step size of each epoch, from the initial one: constant, step decay, exponential decay or cosine annealing.</summary>
/// <remarks>Schedules act per epoch, as PyTorch's <c>StepLR</c>, <c>ExponentialLR</c> and <c>CosineAnnealingLR</c>
/// stepped once per epoch do.</remarks>
public abstract record LearningRateSchedule
{
    /// <summary>The same step size every epoch.</summary>
    public static LearningRateSchedule Constant { get; } = new ConstantSchedule();

    /// <summary>A short description for reports, such as "step(10, 0.5)".</summary>
    public abstract string Describe();

    /// <summary>The step size of 1-based <paramref name="epoch"/> out of <paramref name="epochs"/>, starting from <paramref name="initial"/>.</summary>
    public abstract double At(int epoch, int epochs, double initial);

    private sealed record ConstantSchedule : LearningRateSchedule
    {
        public override string Describe() => "constant";

        public override double At(int epoch, int epochs, double initial) => initial;
    }
}

/// <summary>Multiplies the step size by <paramref name="Gamma"/> every <paramref name="StepSize"/> epochs.</summary>
/// <param name="StepSize">Epochs between decays; range ≥ 1.</param>
/// <param name="Gamma">The decay factor; range (0, 1].</param>
public sealed record StepDecaySchedule(int StepSize, double Gamma) : LearningRateSchedule
{
    /// <inheritdoc/>
    public override string Describe() => FormattableString.Invariant($"step({StepSize}, {Gamma})");

    /// <inheritdoc/>
    public override double At(int epoch, int epochs, double initial) => initial * Math.Pow(Gamma, (epoch - 1) / StepSize);
}

/// <summary>Multiplies the step size by <paramref name="Gamma"/> every epoch.</summary>
/// <param name="Gamma">The decay factor; range (0, 1].</param>
public sealed record ExponentialDecaySchedule(double Gamma) : LearningRateSchedule
{
    /// <inheritdoc/>
    public override string Describe() => FormattableString.Invariant($"exponential({Gamma})");

    /// <inheritdoc/>
    public override double At(int epoch, int epochs, double initial) => initial * Math.Pow(Gamma, epoch - 1);
}

/// <summary>Half a cosine from the initial step size down to <paramref name="Minimum"/> over the training
/// (Loshchilov and Hutter 2017, without restarts).</summary>
/// <param name="Minimum">The step size of the last epoch's end; range [0, initial).</param>
public sealed record CosineSchedule(double Minimum) : LearningRateSchedule
{
    /// <inheritdoc/>
    public override string Describe() => FormattableString.Invariant($"cosine(min {Minimum})");

    /// <inheritdoc/>
    public override double At(int epoch, int epochs, double initial) =>
        Minimum + (initial - Minimum) * (1 + Math.Cos(Math.PI * (epoch - 1) / Math.Max(1, epochs))) / 2;
}
