namespace QuantumML.Training;

/// <summary>Where one training keeps its latest checkpoint.</summary>
public interface ICheckpointStore
{
    /// <summary>The latest checkpoint, or null when there is none.</summary>
    TrainingCheckpoint? Load();

    /// <summary>Replaces the latest checkpoint; a crash during the save leaves the previous one intact.</summary>
    void Save(TrainingCheckpoint checkpoint);
}
