using QuantumML.Models;

namespace QuantumML.Training;

/// <summary>One finished epoch as a program watching training sees it: its record and the size of its gradients.</summary>
/// <param name="Record">The epoch's record (loss, training accuracy, validation figures when early stopping holds one out).</param>
/// <param name="GradientNorm">The mean Euclidean norm of the epoch's minibatch gradients (before the optimizer's step).</param>
public sealed record EpochProgress(EpochRecord Record, double GradientNorm)
{
    /// <summary>1-based epoch number.</summary>
    public int Epoch => Record.Epoch;

    /// <summary>Mean training loss over the epoch.</summary>
    public double Loss => Record.Loss;

    /// <summary>Training accuracy over the epoch's minibatches.</summary>
    public double Accuracy => Record.TrainAccuracy;
}

/// <summary>Lets a caller watch every <see cref="EpochTrainer"/> that runs inside a call of its own (a model's
/// <c>FitAsync</c>), without the model having to pass a callback through: the observer flows with the async context.</summary>
/// <remarks>Ambient rather than an option, so options records (saved in model files) stay plain data.</remarks>
public static class EpochObserver
{
    private static readonly AsyncLocal<Action<EpochProgress>?> s_current = new();

    /// <summary>The observer of the current async context, or null.</summary>
    public static Action<EpochProgress>? Current => s_current.Value;

    /// <summary>Runs <paramref name="work"/> with <paramref name="observer"/> told of every epoch trained inside it.</summary>
    public static async Task<T> WatchAsync<T>(Action<EpochProgress> observer, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var previous = s_current.Value;
        s_current.Value = observer;
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            s_current.Value = previous;
        }
    }
}
