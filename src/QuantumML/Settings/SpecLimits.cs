namespace QuantumML.Settings;

/// <summary>The largest sizes a spec may ask for: each one keeps a run within the memory of a 24 GiB machine (or a
/// file name within what a file system takes), so that a spec asking for more is refused by the spec check, naming its
/// field, instead of running out of memory hours later.</summary>
/// <remarks>Memory figures assume 8-byte doubles and count the copies a run really keeps (every seed's split is
/// prepared up front; a kernel model holds its Gram matrix and a copy; a perceptron keeps every layer's activations
/// for the whole training split when it predicts).</remarks>
public static class SpecLimits
{
    /// <summary>Largest spec file read (64 MiB); a spec is a few kilobytes.</summary>
    public const long MaxSpecBytes = 64L << 20;

    /// <summary>Most seeds in <c>$.seeds</c>.</summary>
    public const int MaxSeeds = 1000;

    /// <summary>Most (job, seed) runs of one spec; each is a file in <c>runs/</c>.</summary>
    public const int MaxRuns = 100_000;

    /// <summary>Most elements of any list field of a spec (seeds, hidden layers, node counts, ...).</summary>
    public const int MaxListLength = 100_000;

    /// <summary>Longest spec or job name: each names a file or folder, and file names stop at 255 bytes.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Most feature values held for all seeds at once (samples × features × seeds): 50 million doubles, 400 MB,
    /// about 2 GB with the raw, split and preprocessed copies of each.</summary>
    public const long MaxHeldValues = 50_000_000;

    /// <summary>Most training samples of a kernel model (svm, qsvc): its n × n Gram matrix and a copy take 1.6 GB at 10,000.</summary>
    public const int MaxKernelSamples = 10_000;

    /// <summary>Most weights of a perceptron (sum over layers of inputs × outputs): 50 million, 400 MB, with as much again
    /// for each of the gradient and the optimizer's two moments.</summary>
    public const long MaxPerceptronWeights = 50_000_000;

    /// <summary>Most activations a perceptron keeps when it predicts the training split at once (samples × the sum of its
    /// layer widths): 100 million doubles, 800 MB.</summary>
    public const long MaxPerceptronActivations = 100_000_000;

    /// <summary>Most qubits of a vqc or qsvc in the exact and sampled modes, where every circuit's state is dumped from the
    /// simulator: a run holds up to 1,500 dumps, and at 14 qubits (24 million amplitudes) the JavaScript engine hosting
    /// the simulator ran out of heap and aborted the process, at 12 it did not (measured with 8 samples; the shots mode
    /// measures in Q# instead and takes up to 24).</summary>
    public const int MaxDumpedQubits = 12;

    /// <summary>Most qubits of a classifier on the compiled engine in the exact and sampled modes: a state of 2^20
    /// amplitudes is 16 MiB, a few per core, and a 20-qubit circuit evaluates in tens of milliseconds.</summary>
    public const int MaxCompiledQubits = 20;

    /// <summary>Most qubits of a VQE Hamiltonian: its exact ground state needs vectors of 2^n doubles (Lanczos keeps up to
    /// a hundred of them: 800 MB at 20 qubits).</summary>
    public const int MaxHamiltonianQubits = 20;

    /// <summary>Most nodes of a graph of the graph task: spectral clustering and the modularity matrix are dense n × n
    /// (200 MB each at 5,000).</summary>
    public const int MaxGraphNodes = 5000;

    /// <summary>Most edges of one optimization instance (10 million: about 400 MB with the Ising couplings built from them).</summary>
    public const long MaxInstanceEdges = 10_000_000;

    /// <summary>Most edges over all instances of an optimization spec (they are all built before the first job runs).</summary>
    public const long MaxTotalEdges = 50_000_000;
}
