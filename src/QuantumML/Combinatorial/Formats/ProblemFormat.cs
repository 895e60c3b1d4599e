namespace QuantumML.Combinatorial.Formats;

/// <summary>The file formats <see cref="ProblemLoader"/> reads.</summary>
public enum ProblemFormat
{
    /// <summary>Decide from the extension and the content (see <see cref="ProblemLoader.Detect"/>).</summary>
    Auto,

    /// <summary>G-set / rudy MaxCut: a header "N M", then M lines "i j w" with 1-based vertices.</summary>
    Gset,

    /// <summary>A MaxCut edge list: lines "i j [w]" with 0-based vertices (weight 1 by default), '#' starts a comment.</summary>
    EdgeList,

    /// <summary>JSON terms {"type": "ising" | "pubo", "terms": [{"c": w, "ids": [i, j]}]}, degree ≤ 2.</summary>
    JsonTerms,
}
