#:project ../src/QuantumML.Api
#:property PublishAot=false
// Trains a variational quantum classifier on two moons, prints each epoch and the test accuracy with its interval,
// saves the model (qml predict reads it) and a PNG of its decision regions into the folder given (default: out/).
// Run: dotnet run examples/moons-vqc.cs [-- FOLDER]
using QuantumML.Api;

var folder = args.Length > 0 ? args[0] : "out";

var (train, test) = Datasets.Moons(200, noise: 0.1, seed: 1).Split(testFraction: 0.3, seed: 1);
var model = Classifiers.Create("vqc", new
{
    encoding = "Encodings.ApplyAngleEncoding", ansatz = "Ansatzes.ApplyStronglyEntanglingAnsatz",
    qubits = 2, layers = 1, uploads = 4, epochs = 10, batch_size = 20, learning_rate = 0.1,
}).With(Preprocess.Standardize(), Preprocess.Scale(-Math.PI / 2, Math.PI / 2));
model.EpochEnded += e => Console.WriteLine($"epoch {e.Epoch,2}: loss {e.Loss:0.0000}  train accuracy {e.Accuracy:0.000}  gradient norm {e.GradientNorm:0.0000}");

await model.FitAsync(train);
var accuracy = await Stats.AccuracyAsync(model, test);
Console.WriteLine($"test accuracy {accuracy.Estimate:0.000} [{accuracy.Lower:0.000}, {accuracy.Upper:0.000}] on {test.Count} samples");

await model.SaveAsync(Path.Combine(folder, "moons-vqc.json"));
(await Plots.DecisionRegionsAsync(model, test)).Save(Path.Combine(folder, "moons-vqc.png"));
Console.WriteLine($"saved {Path.Combine(folder, "moons-vqc.json")} and {Path.Combine(folder, "moons-vqc.png")}");
