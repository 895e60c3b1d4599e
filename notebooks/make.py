# Writes the notebooks of this folder (run: python3 notebooks/make.py). Kept so the five stay alike; edit and rerun.
import json, os

SETUP = '''#r "../src/QuantumML.Api/bin/Debug/net10.0/QuantumML.Api.dll"
using QuantumML.Api;
var qsharp = QSharpSession.Open("../quantum");'''

def notebook(title, cells):
    out = [("markdown", f"# {title}\n\nBuild first (`dotnet build src/QuantumML.Api` or `dotnet test`); this notebook loads the built assemblies from `../src/QuantumML.Api/bin/Debug/net10.0/` and runs from the `notebooks/` folder."),
           ("code", SETUP)] + cells
    return {
        "cells": [
            {"cell_type": "code", "execution_count": None, "metadata": {"dotnet_interactive": {"language": "csharp"}, "polyglot_notebook": {"kernelName": "csharp"}},
             "outputs": [], "source": src.splitlines(keepends=True)} if kind == "code" else
            {"cell_type": "markdown", "metadata": {}, "source": src.splitlines(keepends=True)}
            for kind, src in out],
        "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}, "language_info": {"name": "csharp"},
                     "polyglot_notebook": {"kernelInfo": {"defaultKernelName": "csharp", "items": [{"name": "csharp", "languageName": "csharp"}]}}},
        "nbformat": 4, "nbformat_minor": 5,
    }

NOTEBOOKS = {
    "moons-vqc": notebook("A variational quantum classifier on two moons", [
        ("code", '''var (train, test) = Datasets.Moons(200, noise: 0.1, seed: 1).Split(testFraction: 0.3, seed: 1);
var model = Classifiers.Create("vqc", new
{
    encoding = "Encodings.ApplyAngleEncoding", ansatz = "Ansatzes.ApplyStronglyEntanglingAnsatz",
    qubits = 2, layers = 1, uploads = 4, epochs = 10, batch_size = 20, learning_rate = 0.1,
}, qsharp: qsharp).With(Preprocess.Standardize(), Preprocess.Scale(-Math.PI / 2, Math.PI / 2));
model.EpochEnded += e => Console.WriteLine($"epoch {e.Epoch,2}: loss {e.Loss:0.0000}  train accuracy {e.Accuracy:0.000}  gradient norm {e.GradientNorm:0.0000}");
await model.FitAsync(train);'''),
        ("code", '''var accuracy = await Stats.AccuracyAsync(model, test);
Console.WriteLine($"test accuracy {accuracy.Estimate:0.000} [{accuracy.Lower:0.000}, {accuracy.Upper:0.000}] on {test.Count} samples");
display(HTML((await Plots.DecisionRegionsAsync(model, test)).ToHtml()));
display(HTML(Plots.LossCurve(model.History!).ToHtml(600, 360)));'''),
    ]),
    "kernel-vs-rbf": notebook("A quantum kernel against an RBF SVM", [
        ("code", '''var (train, test) = Datasets.AdHoc(perClass: 40, gap: 0.3, seed: 1).Split(testFraction: 0.3, seed: 1);
var quantum = Classifiers.Create("qsvc", new { encoding = "Encodings.ApplyZZFeatureMap", qubits = 2, c = 10.0 }, qsharp: qsharp);
var rbf = Classifiers.Create("svm", new { kernel = "rbf", c = 10.0 });
foreach (var model in new[] { quantum, rbf })
{
    await model.FitAsync(train);
    var a = await Stats.AccuracyAsync(model, test);
    Console.WriteLine($"{model.Type,-5} test accuracy {a.Estimate:0.000} [{a.Lower:0.000}, {a.Upper:0.000}] on {test.Count} samples");
}
var mcnemar = await Stats.McNemarAsync(quantum, rbf, test);
Console.WriteLine($"McNemar: p = {mcnemar.PValue:0.0000} ({mcnemar.Note})");'''),
        ("code", '''display(HTML((await Plots.DecisionRegionsAsync(quantum, test)).ToHtml()));
display(HTML((await Plots.DecisionRegionsAsync(rbf, test)).ToHtml()));'''),
    ]),
    "vqe-h2": notebook("VQE on H2 against exact diagonalization", [
        ("code", '''var bonds = new[] { 0.5, 0.735, 1.2, 2.0 };
var energies = new List<double>();
var exact = new List<double>();
foreach (var bond in bonds)
{
    var result = await Vqe.RunAsync(Vqe.H2(bond), ansatz: "ucc", optimizer: "lbfgs", iterations: 50, qsharp: qsharp);
    energies.Add(result.Energy);
    exact.Add(result.ExactEnergy);
    Console.WriteLine($"bond {bond:0.000} Å: VQE {result.Energy:0.000000} Ha, exact {result.ExactEnergy:0.000000} Ha, error {result.Error * 1000:0.0000} mHa");
}'''),
        ("code", '''var plot = new ScottPlot.Plot();
plot.Add.Scatter(bonds, exact.ToArray()).LegendText = "exact";
var vqe = plot.Add.Scatter(bonds, energies.ToArray());
vqe.LegendText = "VQE (UCC)";
vqe.LineWidth = 0;
plot.XLabel("bond length (Å)");
plot.YLabel("energy (Ha)");
plot.ShowLegend();
display(HTML(plot.ToHtml(600, 400)));'''),
    ]),
    "maxcut": notebook("MaxCut with three solvers", [
        ("code", '''var graph = MaxCut.RandomRegular(vertices: 16, degree: 3, seed: 7);
var optimum = MaxCut.Solve(graph, "brute-force");
var solvers = new[] { "simulated-annealing", "tabu", "goemans-williamson" };
var cuts = new List<double>();
foreach (var solver in solvers)
{
    var s = MaxCut.Solve(graph, solver, seed: 1);
    cuts.Add(s.Cut);
    Console.WriteLine($"{s.Solver,-20} cut {s.Cut,4} ({s.Cut / optimum.Cut:0.000} of the optimum) in {s.Seconds:0.000} s");
}
Console.WriteLine($"{"brute-force",-20} cut {optimum.Cut,4} (the optimum)");'''),
        ("code", '''var plot = new ScottPlot.Plot();
plot.Add.Bars(cuts.ToArray());
plot.Add.HorizontalLine(optimum.Cut).LegendText = "optimum";
plot.Axes.Bottom.SetTicks([0, 1, 2], solvers);
plot.YLabel("cut");
display(HTML(plot.ToHtml(600, 360)));'''),
    ]),
    "grade": notebook("Grading one Q# file", [
        ("code", '''foreach (var file in new[] { "../assignments/qml-intro/reference/Exercises.qs", "../assignments/qml-intro/template/Exercises.qs" })
{
    var grade = await Grading.GradeFileAsync("../assignments/qml-intro", file, qsharp);
    Console.WriteLine($"{file}: {grade.Points} of {grade.MaxPoints} points");
    foreach (var e in grade.Exercises)
        Console.WriteLine($"  {e.Exercise.Id,-24} {e.Status,-13} {e.Points}/{e.Exercise.Points}");
}'''),
    ]),
}

here = os.path.dirname(os.path.abspath(__file__))
for name, nb in NOTEBOOKS.items():
    with open(os.path.join(here, name + ".ipynb"), "w", encoding="utf-8") as f:
        json.dump(nb, f, indent=1, ensure_ascii=False)
        f.write("\n")
