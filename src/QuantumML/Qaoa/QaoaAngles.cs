namespace QuantumML.Qaoa;

/// <summary>Starting angles for QAOA, laid out [γ₀, β₀, γ₁, β₁, …] as <c>Qaoa.ApplyQaoaCircuit</c> takes them.</summary>
public static class QaoaAngles
{
    /// <summary>A linear ramp, a discretized annealing path from the mixer's ground state to the cost's:
    /// γₖ = sₖ·Δt, βₖ = −(1 − sₖ)·Δt with sₖ = (k + ½)/p.</summary>
    /// <remarks>β is negative because the mixer here is exp(−iβΣX) and |+⟩ is the ground state of −ΣX.</remarks>
    public static double[] LinearRamp(int layers, double timeStep = 0.75)
    {
        var angles = new double[2 * layers];
        for (var k = 0; k < layers; k++)
        {
            var s = (k + 0.5) / layers;
            angles[2 * k] = s * timeStep;
            angles[2 * k + 1] = -(1 - s) * timeStep;
        }
        return angles;
    }

    /// <summary>The INTERP rule: optimized depth-p angles, linearly interpolated into a depth-(p + 1) start.</summary>
    /// <remarks>L. Zhou, S.-T. Wang, S. Choi, H. Pichler, M. D. Lukin, "Quantum Approximate Optimization Algorithm:
    /// Performance, Mechanism, and Implementation on Near-Term Devices", Phys. Rev. X 10, 021067 (2020).</remarks>
    public static double[] Interpolate(IReadOnlyList<double> angles)
    {
        if (angles.Count % 2 != 0) throw new ArgumentException("QAOA angles come in (γ, β) pairs.", nameof(angles));
        var p = angles.Count / 2;
        var next = new double[2 * (p + 1)];
        for (var offset = 0; offset < 2; offset++)
        {
            double At(int i) => i >= 1 && i <= p ? angles[2 * (i - 1) + offset] : 0;
            for (var i = 1; i <= p + 1; i++)
                next[2 * (i - 1) + offset] = p == 0 ? 0 : (double)(i - 1) / p * At(i - 1) + (double)(p - i + 1) / p * At(i);
        }
        return next;
    }
}
