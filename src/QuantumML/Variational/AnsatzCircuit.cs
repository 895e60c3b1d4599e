namespace QuantumML.Variational;

/// <summary>A parameterized state preparation in Q#, as a variational algorithm sees it.</summary>
/// <param name="Expression">A Q# expression of type <c>(Double[], Qubit[]) =&gt; Unit is Adj</c>, e.g.
/// <c>VqeAnsatzes.ApplyTfimHamiltonianVariational(true, _, _)</c>.</param>
/// <param name="Qubits">Register size.</param>
/// <param name="ParameterCount">Length of the parameter vector.</param>
/// <param name="ShiftRuleApplies">Whether every parameter drives exactly one gate exp(−iθP/2), so that the
/// two-term parameter-shift rule is exact.</param>
public sealed record AnsatzCircuit(string Expression, int Qubits, int ParameterCount, bool ShiftRuleApplies);
