#:project ../src/QuantumML.Api
#:property PublishAot=false
// MaxCut of a random 3-regular graph on 16 vertices with three solvers of the catalogue, against the exact optimum.
// Run: dotnet run examples/maxcut.cs
using QuantumML.Api;

var graph = MaxCut.RandomRegular(vertices: 16, degree: 3, seed: 7);
Console.WriteLine($"graph: {graph.VertexCount} vertices, {graph.Edges.Count} edges");
var optimum = MaxCut.Solve(graph, "brute-force");
foreach (var solver in new[] { "simulated-annealing", "tabu", "goemans-williamson" })
{
    var s = MaxCut.Solve(graph, solver, seed: 1);
    Console.WriteLine($"{s.Solver,-20} cut {s.Cut,4} ({s.Cut / optimum.Cut:0.000} of the optimum) in {s.Seconds:0.000} s");
}
Console.WriteLine($"{"brute-force",-20} cut {optimum.Cut,4} (the optimum) in {optimum.Seconds:0.000} s");
