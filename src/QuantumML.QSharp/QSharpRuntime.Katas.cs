using System.Globalization;
using System.Text.Json;
using QuantumML.QSharp.Engine;
using QuantumML.QSharp.Katas;

namespace QuantumML.QSharp;

public sealed partial class QSharpRuntime
{
    /// <summary>The Quantum Katas shipped inside qsharp-lang (text as Markdown, templates, verification code and
    /// reference solutions): the file that holds them, beside the compiler. It is a JavaScript module; see
    /// <c>QuantumML.Classroom.Katas.KataCatalog</c> for reading it.</summary>
    public string KatasContentPath => Path.Combine(QdkModule.ResolveDirectory(_options.ModuleDirectory), QdkModule.KatasContentFile);

    /// <summary>Checks a kata solution with the package's own checker: compiles <paramref name="solution"/> with the
    /// exercise's sources and runs their <c>Kata.Verification.CheckSolution()</c>.</summary>
    /// <param name="solution">The student's Q# code; its path names it in diagnostics.</param>
    /// <param name="exerciseSources">The exercise's verification code and the libraries it uses, in the kata's order;
    /// their paths name them in diagnostics.</param>
    /// <param name="options">Seed and time limit; null for <see cref="ExerciseCheckOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <exception cref="QSharpTimeoutException">The check passed <see cref="ExerciseCheckOptions.Timeout"/>.</exception>
    /// <exception cref="QSharpHostException">The checker crashed without a verdict.</exception>
    /// <exception cref="QSharpOutputLimitException">The solution printed more than <see cref="OutputLimit.Default"/> allows.</exception>
    public async Task<ExerciseCheck> CheckExerciseAsync(
        QSharpSource solution, IReadOnlyList<QSharpSource> exerciseSources, ExerciseCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(exerciseSources);
        options ??= ExerciseCheckOptions.Default;
        var seed = options.Seed ?? Random.Shared.NextInt64(0, 1L << 31);
        var sourcesJson = JsonSerializer.Serialize(exerciseSources.Select(s => s.Text));
        // The checker names the solution "solution" and the exercise's sources by their position.
        var names = exerciseSources.Select((s, i) => (Key: i.ToString(CultureInfo.InvariantCulture), s.Path))
            .Append((Key: "solution", solution.Path))
            .ToDictionary(p => p.Key, p => p.Path, StringComparer.Ordinal);

        var (events, elapsed) = await WithEngineAsync(
            engine => engine.CheckExercise(solution.Text, sourcesJson, seed, OutputLimit.Default), options.Timeout, cancellationToken, salvage: true).ConfigureAwait(false);
        EventDecoder.ThrowIfOutputLimit(events);
        var (verdict, output, diagnostics) = ExerciseEventDecoder.Decode(events, names);
        return new ExerciseCheck(verdict, output, diagnostics, seed, elapsed);
    }
}
