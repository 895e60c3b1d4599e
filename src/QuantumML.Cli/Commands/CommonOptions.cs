using System.CommandLine;
using System.Globalization;

namespace QuantumML.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Project() => new("--project")
    {
        Description = "The Q# project folder (with qsharp.json); default: the repository's quantum/ folder.",
    };

    /// <summary>Lifts the rule that a spec's data files lie in the spec's folder or below it.</summary>
    public static Option<bool> AllowOutsideData() => new(QuantumML.Experiments.Specs.DataPaths.AllowFlag)
    {
        Description = "Let the spec read data files outside its own folder (dataset.path, hamiltonian.path, problems[].path, graphs[].edges/labels); only for specs you trust.",
    };

    /// <summary>The Q# expression a command traces or estimates.</summary>
    public static Argument<string> Expression(string what) => new("expression")
    {
        Description = $"A Q# expression whose {what}, for example 'Drivers.SampleCircuitOutcomes(...)'; with --qubits, an operation taking a Qubit[].",
    };

    /// <summary>The value of <paramref name="argument"/>; refuses an empty expression.</summary>
    public static string ReadExpression(ParseResult parseResult, Argument<string> argument)
    {
        var expression = parseResult.GetValue(argument);
        return string.IsNullOrWhiteSpace(expression)
            ? throw new UsageException("the expression is empty; give a Q# expression, or with --qubits an operation taking a Qubit[].")
            : expression;
    }

    public static Option<int?> Qubits() => new("--qubits")
    {
        Description = "Treat the expression as an operation taking a Qubit[] (such as 'Ansatzes.ApplyHardwareEfficientAnsatz(θ, _)') and apply it to this many fresh qubits.",
    };

    public static Option<double?> Timeout() => new("--timeout") { Description = "Stop after this many seconds." };

    /// <summary>The longest time limit an option may set: a day (a .NET timer cannot wait much past 49 days at all).</summary>
    public const double MaxTimeoutSeconds = 86_400;

    /// <summary>The value of <paramref name="option"/> as a time limit; refuses anything but a number of seconds in (0, <paramref name="max"/>].</summary>
    public static TimeSpan? ReadTimeout(ParseResult parseResult, Option<double?> option, double max = MaxTimeoutSeconds, double min = 0)
    {
        var seconds = parseResult.GetValue(option);
        if (seconds is not { } s) return null;
        if (!double.IsFinite(s) || (min == 0 ? s <= 0 : s < min) || s > max)
        {
            var range = min == 0
                ? string.Create(CultureInfo.InvariantCulture, $"a positive number of seconds, at most {max}")
                : string.Create(CultureInfo.InvariantCulture, $"a number of seconds from {min} to {max}");
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be {range} (got {s})."));
        }
        return TimeSpan.FromSeconds(s);
    }

    /// <summary>The value of <paramref name="option"/> as a register size; refuses less than one qubit.</summary>
    public static int? ReadQubits(ParseResult parseResult, Option<int?> option)
    {
        var qubits = parseResult.GetValue(option);
        if (qubits is < 1) throw new UsageException($"{option.Name} must be at least 1 (got {qubits}).");
        return qubits;
    }

    /// <summary>The terminal's width in columns, or 100 when the output is not a terminal.</summary>
    public static int TerminalWidth()
    {
        try
        {
            return Console.IsOutputRedirected || Console.WindowWidth < 20 ? 100 : Console.WindowWidth;
        }
        catch (IOException)
        {
            return 100;
        }
    }

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON only on stdout; human-readable text goes to stderr.",
    };
}
