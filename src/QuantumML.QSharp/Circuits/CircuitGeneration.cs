namespace QuantumML.QSharp.Circuits;

/// <summary>How the QDK circuit tracer follows the program.</summary>
public enum CircuitGeneration
{
    /// <summary>Evaluates the classical logic without simulating the quantum state, so a circuit of any width traces
    /// quickly; a program that branches on a measurement result cannot be traced this way.</summary>
    ClassicalEval,

    /// <summary>Simulates the program and records the gates of that one run; branches on measurement results follow
    /// the simulated outcomes (chosen by the seed), and the width is limited by the simulator.</summary>
    Simulate,
}
