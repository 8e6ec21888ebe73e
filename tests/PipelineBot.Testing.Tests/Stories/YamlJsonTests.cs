using PipelineBot.Testing.Stories;
using YamlDotNet.RepresentationModel;

namespace PipelineBot.Testing.Tests.Stories;

public class YamlJsonTests
{
    [Theory]
    [InlineData("a: true", """{"a":true}""")]
    [InlineData("a: Yes", """{"a":"Yes"}""")]
    [InlineData("a: \"true\"", """{"a":"true"}""")]
    [InlineData("a: 1.50", """{"a":1.50}""")]
    [InlineData("a: -3", """{"a":-3}""")]
    [InlineData("a: 007", """{"a":"007"}""")]
    [InlineData("a: ~", """{"a":null}""")]
    [InlineData("a: [x, { b: 2 }]", """{"a":["x",{"b":2}]}""")]
    public void ToNode_CoreSchemaScalars_BecomeMatchingJson(string yaml, string json)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));

        Assert.Equal(json, YamlJson.ToNode(stream.Documents[0].RootNode)?.ToJsonString());
    }
}
