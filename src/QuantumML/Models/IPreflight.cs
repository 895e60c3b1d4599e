using QuantumML.Data;

namespace QuantumML.Models;

/// <summary>A model that can check, cheaply and before training, that it can run on this data at all
/// (its Q# operations exist, take these features, fit the register).</summary>
public interface IPreflight
{
    /// <summary>Throws an exception whose message says what is wrong; returns when a full fit can start.</summary>
    Task CheckAsync(Dataset train, CancellationToken cancellationToken = default);
}
