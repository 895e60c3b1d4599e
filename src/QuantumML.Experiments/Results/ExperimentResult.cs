using System.Text.Json.Nodes;

namespace QuantumML.Experiments.Results;

/// <summary>Everything an experiment produced: the spec as written, every run, and where it ran.</summary>
/// <param name="Spec">The spec, verbatim.</param>
/// <param name="Runs">One record per (model, seed), in spec order: seeds outer, models inner.</param>
/// <param name="Environment">Versions, machine and wall time.</param>
public sealed record ExperimentResult(JsonObject Spec, IReadOnlyList<RunRecord> Runs, RunEnvironment Environment);

/// <summary>Where and with what an experiment ran.</summary>
/// <param name="QdkVersion">The qsharp-lang version.</param>
/// <param name="Dotnet">The .NET runtime version.</param>
/// <param name="Processors">Processor count.</param>
/// <param name="StartedUtc">Start time, UTC, ISO 8601.</param>
/// <param name="WallSeconds">Wall time of the whole experiment.</param>
public sealed record RunEnvironment(string QdkVersion, string Dotnet, int Processors, string StartedUtc, double WallSeconds);
