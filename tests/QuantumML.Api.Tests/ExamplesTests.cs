using System.Globalization;
using System.Text.RegularExpressions;

namespace QuantumML.Api.Tests;

/// <summary>Runs the scripts of examples/ as a user does (<c>dotnet run examples/NAME.cs</c>, in sequence, reusing the
/// built projects) and checks the numbers they print against independent computations.</summary>
[Collection(SharedQSharpGroup.Name)]
public sealed partial class ExamplesTests(SharedQSharp qsharp)
{
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task MoonsVqc_TrainsSavesAModelThatScoresAsPrintedAndDrawsItsRegions()
    {
        var folder = Directory.CreateTempSubdirectory("qml-example-").FullName;
        try
        {
            var run = await RunExampleAsync("moons-vqc.cs", folder);
            var epochs = EpochLine().Matches(run).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(10, epochs.Length);
            Assert.True(epochs[^1] < epochs[0] / 2, run);
            var printed = Number(run, @"test accuracy (\d\.\d+) \[");
            Assert.InRange(printed, 0.85, 1.0);

            // The saved file, reloaded on the same split, gives the accuracy the script printed.
            var (_, test) = Datasets.Moons(200, noise: 0.1, seed: 1).Split(testFraction: 0.3, seed: 1);
            var model = await Classifier.LoadAsync(Path.Combine(folder, "moons-vqc.json"), qsharp.Session);
            Assert.Equal(printed, Math.Round(await model.ScoreAsync(test), 3));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(folder, "moons-vqc.png"))[..4]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task KernelVsRbf_TheQuantumKernelSeparatesTheAdHocDataTheRbfKernelCannot()
    {
        var run = await RunExampleAsync("kernel-vs-rbf.cs");
        var quantum = Number(run, @"^qsvc +test accuracy (\d\.\d+)");
        var rbf = Number(run, @"^svm +test accuracy (\d\.\d+)");
        Assert.InRange(quantum, 0.9, 1.0);
        Assert.InRange(rbf, 0.3, 0.8);
        Assert.InRange(Number(run, @"McNemar: p = (\d\.\d+)"), 0, 0.05);
    }

    [Fact]
    public async Task VqeH2_IsWithinChemicalAccuracyOfLanczos()
    {
        var run = await RunExampleAsync("vqe-h2.cs");
        foreach (var bond in new[] { 0.5, 0.735, 1.2 })
        {
            var label = bond.ToString("0.000", CultureInfo.InvariantCulture);
            var energy = Number(run, $@"^bond {Regex.Escape(label)} Å: VQE (-?\d+\.\d+) Ha");
            // Independent of the script's dense diagonalization: Lanczos on the same Hamiltonian.
            var lanczos = Eigensolvers.ExactGroundState.Solve(Vqe.H2(bond, Path.Combine(Repository.Root, "experiments", "data", "h2-sto3g.json")), denseMaxQubits: 0).Energy;
            Assert.InRange(energy - lanczos, -1e-5, 1.6e-3);
        }
    }

    [Fact]
    public async Task MaxCut_EverySolverCutsAtMostTheOptimumAndTheOptimumIsExact()
    {
        var run = await RunExampleAsync("maxcut.cs");
        var graph = MaxCut.RandomRegular(16, 3, seed: 7);
        var best = 0.0;
        var bits = new bool[16];
        for (var mask = 0; mask < 1 << 16; mask++)
        {
            for (var v = 0; v < 16; v++) bits[v] = (mask >> v & 1) == 1;
            best = Math.Max(best, graph.Cut(bits));
        }
        Assert.Equal(best, Number(run, @"^brute-force +cut +(\d+)"));
        foreach (var solver in new[] { "simulated-annealing", "tabu", "goemans-williamson" })
            Assert.InRange(Number(run, $@"^{solver} +cut +(\d+)"), 0.85 * best, best);
    }

    [Fact]
    public async Task Grade_GivesTheReferenceFullMarksAndTheTemplateNone()
    {
        var run = await RunExampleAsync("grade.cs");
        Assert.Contains("reference/Exercises.qs: 20 of 20 points", run, StringComparison.Ordinal);
        Assert.Contains("template/Exercises.qs: 0 of 20 points", run, StringComparison.Ordinal);
        Assert.Matches(@"swap-test +RuntimeError +0/3 +Exercises\.qs:\d+:\d+: ", run);
    }

    /// <summary>Runs one example from the repository root and returns what it printed; fails with its output when it fails.</summary>
    internal static async Task<string> RunExampleAsync(string name, params string[] args)
    {
        var outcome = await Repository.RunAsync("dotnet", ["run", Path.Combine("examples", name), "--", .. args], Repository.Root, s_limit);
        Assert.True(outcome.ExitCode == 0, $"dotnet run examples/{name} exited {outcome.ExitCode}\n{outcome.Out}\n{outcome.Err}");
        return outcome.Out;
    }

    internal static double Number(string output, string pattern)
    {
        var match = Regex.Match(output, pattern, RegexOptions.Multiline);
        Assert.True(match.Success, $"'{pattern}' not in:\n{output}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^epoch +\d+: loss (\d+\.\d+)", RegexOptions.Multiline)]
    private static partial Regex EpochLine();
}
