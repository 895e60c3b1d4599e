using System.CommandLine;
using QuantumML.Cli.Cluster;
using QuantumML.QSharp;

namespace QuantumML.Cli.Commands;

/// <summary>The shape of every <c>qml</c> command: options declared statically, one <see cref="ExecuteAsync"/>,
/// and one place where errors become a clear message and an exit code.</summary>
internal abstract class BaseCommand : Command
{
    protected BaseCommand(string name, string description) : base(name, description)
    {
        SetAction(InvokeAsync);
    }

    protected abstract Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken);

    private async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var config = parseResult.InvocationConfiguration;
        // "qml bench runtime", not "qml runtime": the path of commands the user typed.
        var path = string.Join(' ', parseResult.CommandResult.Command.Parents.OfType<Command>().Where(c => c is not RootCommand).Select(c => c.Name).Reverse().Append(Name));
        var terminal = new Terminal(config.Output, config.Error);
        var stderr = terminal.Err;
        try
        {
            return await ExecuteAsync(parseResult, terminal, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"qml {path}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        catch (ClusterException e)
        {
            await stderr.WriteLineAsync($"qml {path}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is QSharpHostException or QSharpOutputLimitException)
        {
            await stderr.WriteLineAsync($"qml {path}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync($"qml {path}: interrupted.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>Makes a Q# call; a program that does not compile, fails, times out or cannot be estimated is reported on
    /// <paramref name="stderr"/> (diagnostics, or one line naming the command) and gives null, for exit code 1.</summary>
    protected async Task<T?> CallQSharpAsync<T>(Func<Task<T>> call, QSharpProject project, TextWriter stderr) where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (QSharpCompilationException e)
        {
            WriteDiagnostics(stderr, project, e.Diagnostics);
        }
        catch (QSharpRuntimeException e)
        {
            WriteDiagnostics(stderr, project, e.Diagnostics);
        }
        catch (Exception e) when (e is QSharpTimeoutException or QSharpEstimationException)
        {
            await stderr.WriteLineAsync($"qml {Name}: {e.Message}").ConfigureAwait(false);
        }
        return null;
    }

    /// <summary>Prints diagnostics as <c>FILE:LINE:COL: error CODE: MESSAGE</c> with paths a user can open.</summary>
    protected static void WriteDiagnostics(TextWriter stderr, QSharpProject project, IEnumerable<QSharpDiagnostic> diagnostics) =>
        WriteDiagnostics(stderr, diagnostics.Select(d => d with { File = d.File == "<entry>" ? "<expression>" : project.DisplayPath(d.File) }));

    /// <summary>Prints diagnostics as <c>FILE:LINE:COL: error CODE: MESSAGE</c>, each followed by its Q# call stack if any.</summary>
    protected static void WriteDiagnostics(TextWriter stderr, IEnumerable<QSharpDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            stderr.WriteLine(d.ToString());
            if (!string.IsNullOrWhiteSpace(d.Stack))
            {
                foreach (var line in d.Stack.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    stderr.WriteLine("    " + line.Trim());
            }
        }
    }
}
