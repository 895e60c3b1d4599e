using QuantumML.Classroom.Assignments;

namespace QuantumML.Classroom.Tests.Assignments;

public sealed class SignatureTests
{
    [Fact]
    public void AnOperationWithARegisterAndFunctors()
    {
        var s = Signature.Parse("operation ApplyMaxCutCostLayer(edges : (Int, Int)[], gamma : Double, qubits : Qubit[]) : Unit is Adj + Ctl");

        Assert.True(s.IsOperation);
        Assert.Equal("ApplyMaxCutCostLayer", s.Name);
        Assert.Equal([new Parameter("edges", "(Int, Int)[]"), new Parameter("gamma", "Double"), new Parameter("qubits", "Qubit[]")], s.Parameters);
        Assert.Equal("qubits", s.Register?.Name);
        Assert.Equal(["edges", "gamma"], s.Classical.Select(p => p.Name));
        Assert.Equal("Unit", s.ReturnType);
        Assert.True(s.Adjoint && s.Controlled);
        Assert.Equal("operation ApplyMaxCutCostLayer(edges : (Int, Int)[], gamma : Double, qubits : Qubit[]) : Unit is Adj + Ctl", s.ToString());
    }

    [Fact]
    public void AFunctionReturningATupleArray()
    {
        var s = Signature.Parse("  function Pairs(n : Int)   :  (Int,  Double)[]  ");

        Assert.False(s.IsOperation);
        Assert.Null(s.Register);
        Assert.Equal("(Int, Double)[]", s.ReturnType);
        Assert.False(s.Adjoint || s.Controlled);
    }

    [Fact]
    public void ASingleQubitRegisterAndNoClassicalParameters()
    {
        var s = Signature.Parse("operation Flip(q : Qubit) : Unit is Ctl");

        Assert.True(s.SingleQubit);
        Assert.Empty(s.Classical);
        Assert.True(s.Controlled);
        Assert.False(s.Adjoint);
    }

    [Theory]
    [InlineData("Flip(q : Qubit) : Unit", "expected 'operation NAME")]
    [InlineData("operation Flip(q Qubit) : Unit", "parameter 'q Qubit' is not 'NAME : TYPE'")]
    [InlineData("operation Flip(q : Qubit : Unit", "no closing ')'")]
    [InlineData("operation Flip(q : Qubit)", "expected ': RETURN-TYPE'")]
    [InlineData("operation Flip(q : Qubit) : Unit is Adj + Foo", "must be Adj, Ctl or Adj + Ctl")]
    [InlineData("function F(x : Int) : Int is Adj", "a function has no Adj or Ctl")]
    public void AMalformedSignatureSaysWhatIsWrong(string text, string expected)
    {
        var e = Assert.Throws<FormatException>(() => Signature.Parse(text));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
