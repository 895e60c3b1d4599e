using QuantumML.Persistence;
using QuantumML.QSharp;

namespace QuantumML.Tests.Persistence;

public sealed class QSharpFingerprintTests
{
    private const string Maps = """
        /// # Summary
        /// Rotates each qubit by its feature.
        operation ApplyMap(x : Double[], qs : Qubit[]) : Unit is Adj {
            for i in 0..Length(x) - 1 { Ry(x[i], qs[i]); }
        }

        /// # Summary
        /// Another map.
        operation ApplyOther(x : Double[], qs : Qubit[]) : Unit is Adj { }
        """;

    private const string Helpers = "function Twice(x : Double) : Double { 2.0 * x }";

    private static Task<CheckResult> CheckAsync(string maps, string helpers) =>
        TestRuntime.Runtime.CheckAsync(QSharpProject.FromSources("p", new QSharpSource("src/Maps.qs", maps), new QSharpSource("src/Helpers.qs", helpers)));

    [Fact]
    public async Task NothingChangedGivesNoWarning()
    {
        var fingerprint = QSharpFingerprint.Of(await CheckAsync(Maps, Helpers), ["Maps.ApplyMap"]);
        Assert.Empty(fingerprint.ChangesSince(await CheckAsync(Maps, Helpers)));
    }

    [Fact]
    public async Task AChangedCallableIsNamedWithItsFile()
    {
        var fingerprint = QSharpFingerprint.Of(await CheckAsync(Maps, Helpers), ["Maps.ApplyMap", "Maps.ApplyOther"]);
        var changed = Maps.Replace("Ry(x[i], qs[i])", "Rx(x[i], qs[i])", StringComparison.Ordinal);

        var warnings = fingerprint.ChangesSince(await CheckAsync(changed, Helpers));

        Assert.Equal(["the Q# source of Maps.ApplyMap (src/Maps.qs) changed since training; predictions may differ from the trained model's"], warnings);
    }

    [Fact]
    public async Task AChangeElsewhereInTheProjectIsASofterWarning()
    {
        var fingerprint = QSharpFingerprint.Of(await CheckAsync(Maps, Helpers), ["Maps.ApplyMap"]);
        var changedHelpers = Helpers.Replace("2.0", "3.0", StringComparison.Ordinal);
        var changedSibling = Maps.Replace("Another map.", "Another map, renamed.", StringComparison.Ordinal);

        var elsewhere = fingerprint.ChangesSince(await CheckAsync(Maps, changedHelpers));
        var sibling = fingerprint.ChangesSince(await CheckAsync(changedSibling, Helpers));

        Assert.Equal(["the Q# project changed since training, though not the declarations this model runs (Maps.ApplyMap); what they call may have"], elsewhere);
        Assert.Equal(elsewhere, sibling);
    }

    [Fact]
    public async Task ACallableThatIsGoneIsNamed()
    {
        var fingerprint = QSharpFingerprint.Of(await CheckAsync(Maps, Helpers), ["Maps.ApplyOther"]);
        var without = Maps[..Maps.IndexOf("/// # Summary\n/// Another", StringComparison.Ordinal)];

        var warnings = fingerprint.ChangesSince(await CheckAsync(without, Helpers));

        Assert.Equal(["the Q# project no longer declares Maps.ApplyOther, which this model runs"], warnings);
    }
}
