namespace QuantumML.Graphs;

/// <summary>Settings of a graph convolutional network; the defaults are Kipf and Welling's for citation graphs.</summary>
/// <param name="Hidden">Units of the hidden layer; range ≥ 1.</param>
/// <param name="Epochs">Full-batch Adam steps; range ≥ 1.</param>
/// <param name="LearningRate">Adam's step size; range &gt; 0.</param>
/// <param name="Dropout">Probability of zeroing a hidden unit during training; range [0, 1).</param>
/// <param name="WeightDecay">λ of the L2 penalty (λ/2)‖W⁽⁰⁾‖² on the first layer's weights; range ≥ 0.</param>
public sealed record GcnOptions(int Hidden = 16, int Epochs = 200, double LearningRate = 0.01, double Dropout = 0.5, double WeightDecay = 5e-4);
