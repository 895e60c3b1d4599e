#:project ../src/QuantumML.Api
#:property PublishAot=false
// A quantum kernel (the ZZ feature map's state fidelity) against an RBF SVM on the ad hoc dataset of Havlicek et al.
// (2019), which the ZZ feature map labels itself: accuracies with 95% Wilson intervals and McNemar's test.
// Run: dotnet run examples/kernel-vs-rbf.cs
using QuantumML.Api;

var (train, test) = Datasets.AdHoc(perClass: 40, gap: 0.3, seed: 1).Split(testFraction: 0.3, seed: 1);
var quantum = Classifiers.Create("qsvc", new { encoding = "Encodings.ApplyZZFeatureMap", qubits = 2, c = 10.0 });
var rbf = Classifiers.Create("svm", new { kernel = "rbf", c = 10.0 });
foreach (var model in new[] { quantum, rbf })
{
    await model.FitAsync(train);
    var a = await Stats.AccuracyAsync(model, test);
    Console.WriteLine($"{model.Type,-5} test accuracy {a.Estimate:0.000} [{a.Lower:0.000}, {a.Upper:0.000}] on {test.Count} samples");
}
var mcnemar = await Stats.McNemarAsync(quantum, rbf, test);
Console.WriteLine($"McNemar: p = {mcnemar.PValue:0.0000} ({mcnemar.Note})");
