using QuantumML.Eigensolvers;
using QuantumML.Hamiltonians;
using QuantumML.Optimization;
using QuantumML.Quantum;
using QuantumML.Variational;
using QuantumML.Vqe;

namespace QuantumML.Api;

/// <summary>What one VQE found, beside the exact ground energy of the same Hamiltonian (dense diagonalization or Lanczos).</summary>
/// <param name="Energy">The lowest energy the optimizer reached (hartree for molecules).</param>
/// <param name="ExactEnergy">The exact ground energy.</param>
/// <param name="Parameters">The ansatz parameters at <paramref name="Energy"/>.</param>
/// <param name="Trace">The energy after each iteration.</param>
/// <param name="CircuitEvaluations">Circuits evaluated.</param>
public sealed record VqeOutcome(double Energy, double ExactEnergy, double[] Parameters, IReadOnlyList<double> Trace, long CircuitEvaluations)
{
    /// <summary>|E − E_exact|.</summary>
    public double Error => Math.Abs(Energy - ExactEnergy);

    /// <summary>Whether the error is within chemical accuracy (1.6 mHa).</summary>
    public bool WithinChemicalAccuracy => Error <= MultiStartVqe.ChemicalAccuracy;
}

/// <summary>The variational quantum eigensolver of the <c>vqe</c> task, on a Hamiltonian of the user's.</summary>
public static class Vqe
{
    /// <summary>H2 in STO-3G on 4 qubits (Jordan–Wigner) at <paramref name="bondLength"/> Å, from the scan file
    /// <paramref name="scanFile"/> (default: the repository's <c>experiments/data/h2-sto3g.json</c>).</summary>
    public static PauliSum H2(double bondLength, string? scanFile = null)
    {
        var path = scanFile ?? Above(Path.Combine("experiments", "data", "h2-sto3g.json"))
            ?? throw new FileNotFoundException("experiments/data/h2-sto3g.json not found in this folder or above it; pass the scan file.");
        return BondLengthScan.Load(path).At(bondLength).JordanWigner;
    }

    /// <summary>Minimizes ⟨ψ(θ)|H|ψ(θ)⟩ over the ansatz <paramref name="ansatz"/> of the VQE catalogue (e.g. "ucc",
    /// "hardware-efficient") from θ = 0, with exact expectation values and adjoint gradients on the compiled engine.</summary>
    public static async Task<VqeOutcome> RunAsync(PauliSum hamiltonian, string ansatz = "ucc", int layers = 1, string optimizer = OptimizerCatalogue.Lbfgs,
        int iterations = 50, int seed = 1, QSharpSession? qsharp = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        var entry = VqeAnsatzCatalogue.Catalogue[ansatz];
        var session = qsharp ?? QSharpSession.Default;
        var random = new Random(seed);
        var evaluator = new CircuitEvaluator(session.Runtime, session.Project, ExecutionMode.Exact, new Random(random.Next()));
        var circuit = await entry.CircuitAsync(evaluator, new VqeAnsatzSite(hamiltonian.QubitCount, "h2"), layers, cancellationToken).ConfigureAwait(false);
        var exact = ExactGroundState.Solve(hamiltonian);
        var multi = await MultiStartVqe.RunAsync(evaluator, circuit, new PauliObservable(hamiltonian),
            () => OptimizerCatalogue.Catalogue[optimizer].Create(new OptimizerBudget(iterations, 0.05, random, 1e-8)),
            [new double[circuit.ParameterCount]], exact.Energy, ct: cancellationToken).ConfigureAwait(false);
        var best = multi.Best.Result;
        return new VqeOutcome(best.Energy, exact.Energy, best.Parameters, best.Trace, best.CircuitEvaluations);
    }

    private static string? Above(string relative)
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
        return null;
    }
}
