using QuantumML.Models;

namespace QuantumML.Persistence;

/// <summary>A classifier that can be saved once trained, and rebuilt from the file to predict exactly as it did.</summary>
public interface IPersistentClassifier : IClassifier
{
    /// <summary>The trained model as data; throws <see cref="InvalidOperationException"/> before training.</summary>
    ModelSnapshot Snapshot();
}
