using System.Text.Json;
using QuantumML.QSharp.Estimates;
using QuantumML.QSharp.Tests.Circuits;

namespace QuantumML.QSharp.Tests.Estimates;

public sealed class ResourceEstimateTests
{
    private static readonly string TwoModels =
        EstimateJob.ToParametersJson([new EstimateJob("qubit_gate_ns_e3"), new EstimateJob("qubit_maj_ns_e6", "floquet_code")]);

    [Fact]
    public async Task AnOperationWithTGatesGetsAnEstimatePerModelInOrder()
    {
        var estimates = await SharedRuntime.Instance.EstimateAsync(KnownCircuits.Project, "Known.Magic()", TwoModels);

        Assert.Equal(["qubit_gate_ns_e3", "qubit_maj_ns_e6"], estimates.Items.Select(e => e.QubitModel));
        Assert.Equal(["surface_code", "floquet_code"], estimates.Items.Select(e => e.QecScheme));
        Assert.All(estimates.Items, e =>
        {
            Assert.True(e.PhysicalQubits > 0);
            Assert.True(e.LogicalQubits >= 2);
            Assert.True(e.TStates >= 2);
            Assert.True(e.CodeDistance >= 1);
            Assert.True(e.RuntimeNanoseconds > 0);
            Assert.Equal(0.001, e.ErrorBudget);
        });
        using var raw = JsonDocument.Parse(estimates.Json);
        Assert.Equal(2, raw.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task AProgramWithNothingToEstimateIsAnEstimationError()
    {
        var e = await Assert.ThrowsAsync<QSharpEstimationException>(() =>
            SharedRuntime.Instance.EstimateAsync(KnownCircuits.Project, "Std.Math.PI()", "[{}]"));
        Assert.Equal("Qdk.Qsc.Estimates.AlgorithmHasNoResources", e.Code);
    }

    [Fact]
    public async Task AJobTheModelCannotRunIsNamedInTheError()
    {
        var json = EstimateJob.ToParametersJson([new EstimateJob("qubit_gate_ns_e3", "floquet_code"), new EstimateJob("qubit_maj_ns_e4")]);
        var e = await Assert.ThrowsAsync<QSharpEstimationException>(() =>
            SharedRuntime.Instance.EstimateAsync(KnownCircuits.Project, "Known.Magic()", json));
        Assert.StartsWith("qubit_gate_ns_e3: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACompileErrorHasItsPositionInTheExpression()
    {
        var e = await Assert.ThrowsAsync<QSharpCompilationException>(() =>
            SharedRuntime.Instance.EstimateAsync(KnownCircuits.Project, "Known.Magic(3)", "[{}]"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("<entry>", 1), (d.File, d.Line));
        Assert.StartsWith("Qdk.Qsc.TypeCk", d.Code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOperationOnAQubitArrayIsEstimatedOnAFreshRegister()
    {
        var estimates = await SharedRuntime.Instance.EstimateAsync(KnownCircuits.Project, "Known.Layer([0.1, 0.2, 0.3], _)", "[{}]",
            new EstimateOptions { RegisterSize = 3 });
        Assert.True(Assert.Single(estimates.Items).TStates > 0); // each rotation is synthesized from T states
    }

    [Fact]
    public void ParametersNameModelSchemeAndBudget() =>
        Assert.Equal("""[{"qubitParams":{"name":"qubit_maj_ns_e6"},"qecScheme":{"name":"floquet_code"},"errorBudget":0.01}]""",
            EstimateJob.ToParametersJson([new EstimateJob("qubit_maj_ns_e6", "floquet_code", 0.01)]));

    [Theory]
    [InlineData(72_000, "72 µs")]
    [InlineData(414_250, "414 µs")]
    [InlineData(1.25e9, "1.25 s")]
    [InlineData(90e9, "1.5 min")]
    [InlineData(3 * 86400e9, "3 days")]
    [InlineData(12, "12 ns")]
    public void DurationsUseTheLargestFittingUnit(double nanoseconds, string text) =>
        Assert.Equal(text, EstimateFormat.Duration(nanoseconds));

    [Fact]
    public void ModelNamesAreTheEstimatorsSix()
    {
        Assert.Equal(6, QubitModels.Known.Count);
        Assert.True(QubitModels.IsKnown("qubit_maj_ns_e6"));
        Assert.False(QubitModels.IsKnown("qubit_maj_ns_e5"));
    }
}
