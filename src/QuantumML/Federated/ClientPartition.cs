using MathNet.Numerics.Distributions;
using QuantumML.Data;

namespace QuantumML.Federated;

/// <summary>Splits a training set over K clients, each sample to exactly one client: IID, or non-IID by a
/// Dirichlet(α) over labels per class (Hsu, Qi and Brown, "Measuring the Effects of Non-Identical Data Distribution
/// for Federated Visual Classification", 2019).</summary>
public static class ClientPartition
{
    /// <summary>A seeded shuffle dealt round-robin: client sizes differ by at most one, labels mix as in the whole set.</summary>
    public static int[][] Iid(int samples, int clients, Random random)
    {
        Check(samples, clients);
        var order = Enumerable.Range(0, samples).ToArray();
        random.Shuffle(order);
        return Enumerable.Range(0, clients).Select(k => order.Where((_, i) => i % clients == k).Order().ToArray()).ToArray();
    }

    /// <summary>For each class, client shares drawn from Dirichlet(α, …, α) (MathNet), and the class's shuffled samples
    /// cut in those proportions; small α gives clients few classes each, large α approaches IID.</summary>
    public static int[][] Dirichlet(int[] labels, int classes, int clients, double alpha, Random random)
    {
        Check(labels.Length, clients);
        if (!(alpha > 0)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The Dirichlet concentration must be positive.");
        var parts = Enumerable.Range(0, clients).Select(_ => new List<int>()).ToArray();
        var dirichlet = new MathNet.Numerics.Distributions.Dirichlet(alpha, clients, random);
        for (var c = 0; c < classes; c++)
        {
            var members = Enumerable.Range(0, labels.Length).Where(i => labels[i] == c).ToArray();
            random.Shuffle(members);
            var shares = dirichlet.Sample();
            // Cumulative cut points, rounded: every member lands in exactly one client.
            var start = 0;
            var cumulative = 0.0;
            for (var k = 0; k < clients; k++)
            {
                cumulative += shares[k];
                var end = k == clients - 1 ? members.Length : (int)Math.Round(cumulative * members.Length, MidpointRounding.AwayFromZero);
                end = Math.Clamp(end, start, members.Length);
                parts[k].AddRange(members[start..end]);
                start = end;
            }
        }
        return parts.Select(p => p.Order().ToArray()).ToArray();
    }

    /// <summary>The mean total-variation distance between each client's label distribution and the whole set's (0: IID;
    /// near 1: every client holds one class); empty clients are skipped.</summary>
    public static double LabelSkew(int[] labels, int classes, IReadOnlyList<int[]> parts)
    {
        var global = Histogram(labels, classes, Enumerable.Range(0, labels.Length).ToArray());
        var distances = parts.Where(p => p.Length > 0)
            .Select(p => Histogram(labels, classes, p).Zip(global, (a, b) => Math.Abs(a - b)).Sum() / 2).ToList();
        return distances.Count == 0 ? 0 : distances.Average();
    }

    /// <summary>The client datasets of a partition.</summary>
    public static IReadOnlyList<Dataset> Apply(Dataset train, IReadOnlyList<int[]> parts) => parts.Select(p => train.Subset(p)).ToList();

    private static double[] Histogram(int[] labels, int classes, int[] members)
    {
        var h = new double[classes];
        foreach (var i in members) h[labels[i]] += 1.0 / members.Length;
        return h;
    }

    private static void Check(int samples, int clients)
    {
        if (clients < 1) throw new ArgumentOutOfRangeException(nameof(clients), clients, "Federated training needs at least one client.");
        if (clients > samples) throw new ArgumentException($"{clients} clients for {samples} training samples: some clients would hold nothing.", nameof(clients));
    }
}
