#:project ../src/QuantumML.Api
#:property PublishAot=false
// VQE on H2 (STO-3G, 4 qubits, Jordan-Wigner) with the one-parameter UCC double excitation, at three bond lengths,
// each against exact diagonalization. Run: dotnet run examples/vqe-h2.cs
using QuantumML.Api;

foreach (var bond in new[] { 0.5, 0.735, 1.2 })
{
    var h = Vqe.H2(bond);
    var result = await Vqe.RunAsync(h, ansatz: "ucc", optimizer: "lbfgs", iterations: 50);
    Console.WriteLine($"bond {bond:0.000} Å: VQE {result.Energy:0.000000} Ha, exact {result.ExactEnergy:0.000000} Ha, error {result.Error * 1000:0.0000} mHa, within chemical accuracy: {(result.WithinChemicalAccuracy ? "yes" : "no")}");
}
