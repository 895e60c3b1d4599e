using System.Numerics;
using QuantumML.Simulation.StateVectors;

namespace QuantumML.Variational;

/// <summary>An <see cref="IEnergyObservable"/> as the compiled engine's adjoint method takes it.</summary>
internal sealed class StateObservable(IEnergyObservable observable) : IStateObservable
{
    public double Expectation(StateVector psi) => observable.Expectation(psi.ToAmplitudes());

    public void Apply(StateVector psi, StateVector result)
    {
        var output = new Complex[psi.Length];
        observable.Apply(psi.ToAmplitudes(), output);
        for (var i = 0; i < output.Length; i++)
        {
            result.Re[i] = output[i].Real;
            result.Im[i] = output[i].Imaginary;
        }
    }
}
