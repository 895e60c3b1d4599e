namespace QuantumML.Simulation.Tests.Tapes;

/// <summary>Q# a user might write in their own project, beside the repository's: shared and scaled angles, every intrinsic,
/// and circuits the compiled engine must refuse.</summary>
internal static class UserCircuits
{
    public const string Source = """
        namespace UserCircuits {
            /// # Summary
            /// One parameter drives several gates, at several scales, beside two-qubit rotations and a controlled rotation.
            operation ApplySharedAnsatz(theta : Double[], qs : Qubit[]) : Unit is Adj {
                for q in qs { Ry(2.0 * theta[0], q); }
                Rz(-0.5 * theta[0] + 0.3 * theta[1], qs[1]);
                Rxx(theta[1], qs[0], qs[2]);
                Ryy(theta[2] / 3.0, qs[1], qs[2]);
                Controlled Rx([qs[0]], (theta[2], qs[1]));
                Rx(theta[1] - theta[2], qs[2]);
                CNOT(qs[2], qs[0]);
                Rzz(0.25 * theta[0], qs[0], qs[1]);
            }

            /// # Summary
            /// Every intrinsic of the QDK that QIR uses, with trainable angles.
            operation ApplyEveryGate(theta : Double[], qs : Qubit[]) : Unit is Adj {
                H(qs[0]); X(qs[1]); Y(qs[2]); Z(qs[0]);
                S(qs[1]); Adjoint S(qs[2]); T(qs[0]); Adjoint T(qs[1]);
                Rx(theta[0], qs[0]); Ry(theta[1], qs[1]); Rz(theta[2], qs[2]);
                CNOT(qs[0], qs[1]); Controlled Y([qs[1]], qs[2]); CZ(qs[2], qs[0]); SWAP(qs[0], qs[2]);
                Rxx(theta[3], qs[0], qs[1]); Ryy(theta[4], qs[1], qs[2]); Rzz(theta[5], qs[0], qs[2]);
                CCNOT(qs[0], qs[1], qs[2]);
                H(qs[1]); Ry(theta[0] + theta[5], qs[1]);
            }

            /// # Summary
            /// A model circuit whose angles mix features and parameters additively: Ry(x₀ + θ₀) and Rz(x₁·x₀ − θ₁).
            operation ApplyMixedCircuit(x : Double[], theta : Double[], qs : Qubit[]) : Unit is Adj {
                Ry(x[0] + theta[0], qs[0]);
                Rz(x[1] * x[0] - theta[1], qs[0]);
                CNOT(qs[0], qs[1]);
                Rx(Std.Math.ArcCos(x[1] / 2.0) + 2.0 * theta[1], qs[1]);
            }

            /// # Summary
            /// Measures mid-circuit and branches on the result.
            operation ApplyMeasuringAnsatz(theta : Double[], qs : Qubit[]) : Unit {
                Ry(theta[0], qs[0]);
                if M(qs[0]) == One { X(qs[1]); }
                Ry(theta[1], qs[1]);
            }

            /// # Summary
            /// An angle quadratic in a parameter.
            operation ApplySquaredAnsatz(theta : Double[], qs : Qubit[]) : Unit is Adj {
                Ry(theta[0] * theta[0], qs[0]);
            }

            /// # Summary
            /// Borrows an ancilla of its own.
            operation ApplyAncillaAnsatz(theta : Double[], qs : Qubit[]) : Unit {
                use a = Qubit();
                Ry(theta[0], qs[0]);
                CNOT(qs[0], a);
                CNOT(qs[0], a);
            }
        }
        """;

    public static Lazy<QuantumML.QSharp.QSharpProject> Project { get; } = new(() => TestRuntime.ProjectWith("UserCircuits.qs", Source));
}
