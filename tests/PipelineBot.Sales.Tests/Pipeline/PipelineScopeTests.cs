using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Sales.Tests.Pipeline;

public sealed class PipelineScopeTests
{
    [Theory]
    [InlineData("anna")]
    [InlineData("ben")]
    [InlineData(null)]
    public void Includes_Everyone_CoversEveryOwnerAndUnassignedDeals(string? owner)
    {
        Assert.True(PipelineScope.Everyone.Includes(owner));
    }

    [Fact]
    public void Includes_OwnedBy_CoversOnlyThatRepsDeals()
    {
        var anna = PipelineScope.OwnedBy("anna");

        Assert.True(anna.Includes("anna"));
        Assert.False(anna.Includes("Anna"));
        Assert.False(anna.Includes("ben"));
        Assert.False(anna.Includes(null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void OwnedBy_BlankRep_Throws(string repId)
    {
        Assert.ThrowsAny<ArgumentException>(() => PipelineScope.OwnedBy(repId));
    }

    [Fact]
    public void Equality_SameOwner_IsTheSameScope()
    {
        Assert.Equal(PipelineScope.OwnedBy("anna"), PipelineScope.OwnedBy("anna"));
        Assert.NotEqual(PipelineScope.Everyone, PipelineScope.OwnedBy("anna"));
    }
}
