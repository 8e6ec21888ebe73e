using PipelineBot.Runtime.Hosting;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Hosting;

public class ActivityValidatorTests
{
    public static TheoryData<string, Action<Activity>, string?> Cases => new()
    {
        { "complete message", _ => { }, null },
        { "no type", a => a.Type = null, "'type'" },
        { "blank type", a => a.Type = "  ", "'type'" },
        { "no channelId", a => a.ChannelId = null, "'channelId'" },
        { "no conversation", a => a.Conversation = null, "'conversation.id'" },
        { "no conversation id", a => a.Conversation = new ConversationAccount(""), "'conversation.id'" },
        { "no from", a => a.From = null, "'from.id'" },
        { "no from id", a => a.From = new ChannelAccount(name: "Anna"), "'from.id'" },
        { "no recipient", a => a.Recipient = null, null },
        { "unknown type", a => a.Type = "someFutureType", null },
        { "unknown locale", a => a.Locale = "xx-YY", null },
        { "no serviceUrl", a => a.ServiceUrl = null, "'serviceUrl'" },
        { "blank serviceUrl", a => a.ServiceUrl = " ", "'serviceUrl'" },
        { "no serviceUrl, expectReplies", a => { a.ServiceUrl = null; a.DeliveryMode = DeliveryModes.ExpectReplies; }, null },
        { "no serviceUrl, invoke", a => { a.ServiceUrl = null; a.Type = ActivityTypes.Invoke; a.Name = "adaptiveCard/action"; }, null },
        { "http serviceUrl (Emulator)", a => a.ServiceUrl = "http://localhost:53012", null },
        { "https serviceUrl", a => a.ServiceUrl = "https://webchat.botframework.com/", null },
        { "https serviceUrl with path", a => a.ServiceUrl = "https://smba.trafficmanager.net/amer/", null },
        { "file serviceUrl", a => a.ServiceUrl = "file:///etc/passwd", "'serviceUrl'" },
        { "ftp serviceUrl", a => a.ServiceUrl = "ftp://example.com/", "'serviceUrl'" },
        { "javascript serviceUrl", a => a.ServiceUrl = "javascript:alert(1)", "'serviceUrl'" },
        { "relative serviceUrl", a => a.ServiceUrl = "/v3/conversations", "'serviceUrl'" },
        { "bad serviceUrl on expectReplies", a => { a.ServiceUrl = "ftp://example.com/"; a.DeliveryMode = DeliveryModes.ExpectReplies; }, "'serviceUrl'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FindProblem_Activity_NamesTheFirstMissingOrInvalidField(string scenario, Action<Activity> change, string? expectedField)
    {
        var activity = CloudAdapterHarness.Message();
        change(activity);

        var problem = ActivityValidator.FindProblem(activity);

        if (expectedField is null)
        {
            Assert.True(problem is null, $"{scenario}: expected no problem, got \"{problem}\"");
        }
        else
        {
            Assert.True(problem?.Contains(expectedField, StringComparison.Ordinal) == true, $"{scenario}: expected a problem naming {expectedField}, got \"{problem}\"");
        }
    }
}
