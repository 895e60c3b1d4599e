using System.Text.RegularExpressions;

namespace QuantumML.Classroom.Assignments;

/// <summary>Writes a new assignment folder that validates as it is: two example exercises (a state preparation and a
/// function), their template and their reference, for the teacher to replace.</summary>
public static partial class AssignmentScaffold
{
    /// <summary>Creates <paramref name="parent"/>/<paramref name="name"/>/ with assignment.json, template/ and reference/.</summary>
    /// <returns>The new folder.</returns>
    /// <exception cref="AssignmentException">The name is not a plain folder name, or the folder exists.</exception>
    public static string Create(string parent, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!NamePattern().IsMatch(name))
            throw new AssignmentException($"'{name}' is not a usable assignment name: use letters, digits, '.', '-' and '_', starting with a letter or digit");
        var folder = Path.Combine(parent, name);
        if (Directory.Exists(folder) || File.Exists(folder))
            throw new AssignmentException($"{folder} already exists; choose another name or remove it");
        Directory.CreateDirectory(Path.Combine(folder, Assignment.TemplateFolder));
        Directory.CreateDirectory(Path.Combine(folder, Assignment.ReferenceFolder));
        File.WriteAllText(Path.Combine(folder, Assignment.FileName), AssignmentJson.Replace("NAME", name, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, Assignment.TemplateFolder, "Exercises.qs"), Template);
        File.WriteAllText(Path.Combine(folder, Assignment.ReferenceFolder, "Exercises.qs"), Reference);
        return folder;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex NamePattern();

    private const string AssignmentJson = """
        {
          "title": "NAME",
          "description": "Replace these two example exercises with your own; assignments/README.md describes every field.",
          "seed": 1,
          "timeLimitSeconds": 10,
          "qubitLimit": 8,
          "exercises": [
            {
              "id": "bell-pair",
              "title": "Prepare a Bell pair",
              "signature": "operation PrepareBellPair(qubits : Qubit[]) : Unit is Adj + Ctl",
              "points": 1,
              "check": { "kind": "state", "qubits": 2 },
              "hints": ["H on the first qubit, then a CNOT from it to the second."]
            },
            {
              "id": "parity",
              "title": "The parity of a bit string",
              "signature": "function Parity(bits : Bool[]) : Bool",
              "points": 1,
              "check": { "kind": "values", "inputs": ["[true, false, true]", "[true, true, true]", "[]"] },
              "hints": ["The parity is true when an odd number of bits are true."]
            }
          ]
        }

        """;

    private const string Template = """
        // Write each callable where it says "Your code here"; keep its name and signature.

        /// # Summary
        /// Exercise bell-pair: prepare (|00⟩ + |11⟩)/√2 from |00⟩.
        operation PrepareBellPair(qubits : Qubit[]) : Unit is Adj + Ctl {
            // Your code here.
        }

        /// # Summary
        /// Exercise parity: true when an odd number of the bits are true.
        function Parity(bits : Bool[]) : Bool {
            // Your code here.
            fail "Parity is not written yet";
        }

        """;

    private const string Reference = """
        // The teacher's solutions. Never hand this folder to students.

        /// # Summary
        /// Prepares (|00⟩ + |11⟩)/√2 from |00⟩.
        operation PrepareBellPair(qubits : Qubit[]) : Unit is Adj + Ctl {
            H(qubits[0]);
            CNOT(qubits[0], qubits[1]);
        }

        /// # Summary
        /// True when an odd number of the bits are true.
        function Parity(bits : Bool[]) : Bool {
            mutable odd = false;
            for bit in bits {
                if bit {
                    set odd = not odd;
                }
            }
            odd
        }

        """;
}
