namespace QuantumML.Experiments.Tasks.Vqe;

/// <summary>The metric keys of VQE runs (beside <see cref="Results.MetricNames"/>'s cost keys).</summary>
public static class VqeMetrics
{
    /// <summary>The exact energy of the state the optimized parameters prepare.</summary>
    public const string Energy = "energy";
    /// <summary>The exact ground energy of the Hamiltonian.</summary>
    public const string ExactEnergy = "exact_energy";
    /// <summary>|energy − exact|.</summary>
    public const string Error = "error";
    /// <summary>|energy − exact| / |exact|.</summary>
    public const string RelativeError = "relative_error";
    /// <summary>Ansatz parameters.</summary>
    public const string Parameters = "parameters";
    /// <summary>Register size.</summary>
    public const string Qubits = "qubits";
    /// <summary>Qubit-wise commuting groups, i.e. measurement bases per energy estimate.</summary>
    public const string MeasurementGroups = "measurement_groups";
    /// <summary>The objective as the optimizer last saw it: a shot estimate (under noise, if any) in the sampling modes.</summary>
    public const string FinalEstimate = "final_estimate";
    /// <summary>Optimizer iterations.</summary>
    public const string Iterations = "iterations";
    /// <summary>The H2 bond length in Å.</summary>
    public const string BondLength = "bond_length";
    /// <summary>The Hartree-Fock energy (H2).</summary>
    public const string HartreeFockEnergy = "hartree_fock_energy";
    /// <summary>Starts of a multi-start run (recorded when there are several).</summary>
    public const string Starts = "starts";
    /// <summary>How many starts ended within chemical accuracy of the exact energy.</summary>
    public const string StartsReached = "starts_reached";
    /// <summary>Prefix of each start's final |energy − exact|, e.g. <c>start_error@0</c>.</summary>
    public const string StartErrorPrefix = "start_error@";
    /// <summary>Prefix of the swept field's value, e.g. <c>sweep_layers</c>.</summary>
    public const string SweepPrefix = "sweep_";
}
