namespace QuantumML.Hamiltonians;

/// <summary>The boundary condition of a spin chain.</summary>
public enum ChainBoundary
{
    /// <summary>Bonds (i, i+1) for i = 0 … n−2.</summary>
    Open,

    /// <summary>Open bonds plus the bond (n−1, 0); needs at least 3 sites so that no bond is counted twice.</summary>
    Periodic,
}
