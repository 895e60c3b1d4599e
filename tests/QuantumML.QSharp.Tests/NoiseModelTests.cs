namespace QuantumML.QSharp.Tests;

/// <summary>The simulator's noise models against closed forms, each within 3 standard deviations of a binomial count.</summary>
public sealed class NoiseModelTests
{
    private static readonly QSharpProject Project = QSharpProject.FromSource("""
        operation MeasureZero() : Result { use q = Qubit(); MResetZ(q) }
        operation MeasureOne() : Result { use q = Qubit(); X(q); MResetZ(q) }
        operation BellParityEven() : Bool { use qs = Qubit[2]; H(qs[0]); CNOT(qs[0], qs[1]); let r = MResetEachZ(qs); r[0] == r[1] }
        """, "Noise.qs");

    private static async Task<string[]> ShotsAsync(string expression, PauliNoise noise, int shots) =>
        (await SharedRuntime.Instance.RunAsync(Project, expression, new RunOptions { Shots = shots, Seed = 17, Noise = noise, Timeout = TimeSpan.FromMinutes(2) }))
            .Shots.Select(s => s.Text).ToArray();

    private static void WithinThreeSigma(int count, int n, double p)
    {
        var sigma = Math.Sqrt(n * p * (1 - p));
        Assert.InRange(count, n * p - 3 * sigma, n * p + 3 * sigma);
    }

    [Fact]
    public async Task BitFlipPOnMeasuringZeroGivesOneAtRateP()
    {
        const int n = 4000;
        const double p = 0.1;
        var shots = await ShotsAsync("Noise.MeasureZero()", PauliNoise.BitFlip(p), n);
        WithinThreeSigma(shots.Count(s => s == "One"), n, p);
    }

    [Fact]
    public async Task DepolarizingScalesTheBellParityByFourNoisyQubitOperations()
    {
        // An X or Y error (probability 2p/3) flips the ZZ parity. Errors after H on the control are harmless: X
        // propagates through the CNOT onto both qubits, Z does not touch the parity. The CNOT (on 2 qubits) and the
        // two measurements each leave one single-qubit channel, so ⟨ZZ⟩ = (1 − 4p/3)⁴ and P(even) = (1 + ⟨ZZ⟩)/2.
        const int n = 6000;
        const double p = 0.3;
        var shots = await ShotsAsync("Noise.BellParityEven()", PauliNoise.Depolarizing(p), n);
        var expected = (1 + Math.Pow(1 - 4 * p / 3, 4)) / 2;
        WithinThreeSigma(shots.Count(s => s == "true"), n, expected);
        // Two channels (the CNOT alone) would give 0.68, eight 0.51: the count tells them apart.
        Assert.True(Math.Abs(expected - (1 + Math.Pow(1 - 4 * p / 3, 2)) / 2) > 6 * Math.Sqrt(0.25 / n));
    }

    [Fact]
    public async Task ALostQubitMeasuresAsTheLossResult()
    {
        // Loss 0.3 after X and again at the measurement: the qubit survives both with probability 0.7².
        const int n = 3000;
        var shots = await ShotsAsync("Noise.MeasureOne()", PauliNoise.QubitLoss(0.3), n);
        WithinThreeSigma(shots.Count(s => s == "Loss"), n, 1 - 0.7 * 0.7);
        Assert.Equal(n, shots.Count(s => s is "Loss" or "One"));
    }

    [Fact]
    public void LossOutsideTheUnitIntervalIsRefused() =>
        Assert.Throws<ArgumentException>(() => PauliNoise.QubitLoss(1.5).Validate());
}
