using System.Text.Json;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Schema;

public class ActivityExtensionsTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    [Fact]
    public void CreateReply_Message_SwapsAccountsAndKeepsAddressing()
    {
        var inbound = Inbound(ActivityTypes.Message, Channels.Msteams);

        var reply = inbound.CreateReply("Here are your deals");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Here are your deals", reply.Text);
        Assert.Equal(("28:bot", "PipelineBot"), (reply.From!.Id, reply.From.Name));
        Assert.Equal(("29:user", "Anna"), (reply.Recipient!.Id, reply.Recipient.Name));
        Assert.Equal(("19:conv", "Sales", true), (reply.Conversation!.Id, reply.Conversation.Name, reply.Conversation.IsGroup));
        Assert.Equal(Channels.Msteams, reply.ChannelId);
        Assert.Equal(ServiceUrl, reply.ServiceUrl);
        Assert.Equal("ru-RU", reply.Locale);
        Assert.Equal("activity-1", reply.ReplyToId);
    }

    [Fact]
    public void CreateReply_Message_DoesNotShareAccountsWithTheInboundActivity()
    {
        var inbound = Inbound(ActivityTypes.Message, Channels.Emulator);

        var reply = inbound.CreateReply();
        reply.From!.Name = "changed";
        reply.Conversation!.Name = "changed";

        Assert.Equal("PipelineBot", inbound.Recipient!.Name);
        Assert.Equal("Sales", inbound.Conversation!.Name);
    }

    [Theory]
    [InlineData(Channels.Directline, ActivityTypes.ConversationUpdate, null)]
    [InlineData(Channels.Webchat, ActivityTypes.ConversationUpdate, null)]
    [InlineData(Channels.Emulator, ActivityTypes.ConversationUpdate, "activity-1")]
    [InlineData(Channels.Msteams, ActivityTypes.ConversationUpdate, "activity-1")]
    [InlineData(Channels.Directline, ActivityTypes.Message, "activity-1")]
    [InlineData(Channels.Webchat, ActivityTypes.Event, "activity-1")]
    public void CreateReply_ByChannelAndType_ThreadsUnderTheInboundActivityExceptDirectLineGreetings(string channelId, string type, string? expectedReplyToId)
    {
        var reply = Inbound(type, channelId).CreateReply("Welcome!");

        Assert.Equal(expectedReplyToId, reply.ReplyToId);
    }

    [Fact]
    public void GetConversationReference_Message_CapturesWhereAndWhoToAnswer()
    {
        var reference = Inbound(ActivityTypes.Message, Channels.Msteams).GetConversationReference();

        Assert.Equal(("activity-1", "29:user", "28:bot"), (reference.ActivityId, reference.User!.Id, reference.Bot!.Id));
        Assert.Equal(("19:conv", Channels.Msteams, ServiceUrl, "ru-RU"), (reference.Conversation!.Id, reference.ChannelId, reference.ServiceUrl, reference.Locale));
    }

    [Fact]
    public void ApplyConversationReference_Outgoing_AddressesFromBotToUserAsReply()
    {
        var reference = Inbound(ActivityTypes.Message, Channels.Msteams).GetConversationReference();

        var activity = new Activity { Type = ActivityTypes.Message, Text = "Deal saved" }.ApplyConversationReference(reference);

        Assert.Equal(("28:bot", "29:user", "activity-1", null), (activity.From!.Id, activity.Recipient!.Id, activity.ReplyToId, activity.Id));
        Assert.Equal(("19:conv", Channels.Msteams, ServiceUrl, "ru-RU"), (activity.Conversation!.Id, activity.ChannelId, activity.ServiceUrl, activity.Locale));
    }

    [Fact]
    public void ApplyConversationReference_Outgoing_KeepsExplicitLocaleAndReplyToId()
    {
        var reference = Inbound(ActivityTypes.Message, Channels.Msteams).GetConversationReference();

        var activity = new Activity { Locale = "en-US", ReplyToId = "other" }.ApplyConversationReference(reference);

        Assert.Equal("en-US", activity.Locale);
        Assert.Equal("other", activity.ReplyToId);
    }

    [Fact]
    public void ApplyConversationReference_Incoming_AddressesFromUserToBot()
    {
        var reference = Inbound(ActivityTypes.Message, Channels.Msteams).GetConversationReference();

        var activity = new Activity { Type = ActivityTypes.Event }.ApplyConversationReference(reference, isIncoming: true);

        Assert.Equal("29:user", activity.From!.Id);
        Assert.Equal("28:bot", activity.Recipient!.Id);
        Assert.Equal("activity-1", activity.Id);
        Assert.Null(activity.ReplyToId);
    }

    [Theory]
    [InlineData("<at>PipelineBot</at> show my deals", "show my deals")]
    [InlineData("show my deals <at>PipelineBot</at>", "show my deals")]
    [InlineData("<AT>PipelineBot</AT>   pipeline  ", "pipeline")]
    public void RemoveRecipientMention_TeamsMentionOfTheBot_IsStripped(string text, string expected)
    {
        var activity = Inbound(ActivityTypes.Message, Channels.Msteams);
        activity.Text = text;
        activity.Entities = [Mention("28:bot", "PipelineBot")];

        var cleaned = activity.RemoveRecipientMention();

        Assert.Equal(expected, cleaned);
        Assert.Equal(expected, activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_MentionOfAnotherUser_IsKept()
    {
        var activity = Inbound(ActivityTypes.Message, Channels.Msteams);
        activity.Text = "<at>PipelineBot</at> assign to <at>Boris</at>";
        activity.Entities = [Mention("28:bot", "PipelineBot"), Mention("29:boris", "Boris")];

        var cleaned = activity.RemoveRecipientMention();

        Assert.Equal("assign to <at>Boris</at>", cleaned);
    }

    [Fact]
    public void RemoveRecipientMention_NoEntities_TrimsText()
    {
        var activity = Inbound(ActivityTypes.Message, Channels.Emulator);
        activity.Text = "  hi  ";

        Assert.Equal("hi", activity.RemoveRecipientMention());
    }

    [Fact]
    public void GetUserTimeZone_LocalTimezone_ReturnsIanaZone()
    {
        var activity = Inbound(ActivityTypes.Message, Channels.Webchat);
        activity.LocalTimezone = "Europe/Moscow";
        activity.LocalTimestamp = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.FromHours(5));

        var zone = activity.GetUserTimeZone();

        Assert.Equal("Europe/Moscow", zone!.Id);
    }

    [Fact]
    public void GetUserTimeZone_ClientInfoEntity_ReturnsItsZone()
    {
        var activity = Inbound(ActivityTypes.Message, Channels.Msteams);
        activity.Entities = [Entity("""{ "type": "clientInfo", "locale": "sr-Latn-RS", "timezone": "Europe/Belgrade" }""")];

        var zone = activity.GetUserTimeZone();

        Assert.Equal("Europe/Belgrade", zone!.Id);
    }

    [Fact]
    public void GetUserTimeZone_OnlyLocalTimestamp_ReturnsFixedOffset()
    {
        var activity = Inbound(ActivityTypes.Message, Channels.Emulator);
        activity.LocalTimestamp = new DateTimeOffset(2025, 3, 1, 4, 0, 0, TimeSpan.FromHours(-5.5));

        var zone = activity.GetUserTimeZone();

        Assert.Equal(TimeSpan.FromHours(-5.5), zone!.BaseUtcOffset);
        Assert.Equal(new DateTime(2025, 3, 1, 4, 0, 0), TimeZoneInfo.ConvertTime(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero), zone).DateTime);
    }

    [Fact]
    public void GetUserTimeZone_UnknownZoneName_FallsBackToLocalTimestampOffset()
    {
        var activity = Inbound(ActivityTypes.Message, Channels.Webchat);
        activity.LocalTimezone = "Mars/Olympus_Mons";
        activity.LocalTimestamp = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.FromHours(3));

        Assert.Equal(TimeSpan.FromHours(3), activity.GetUserTimeZone()!.BaseUtcOffset);
    }

    [Fact]
    public void GetUserTimeZone_NothingKnown_ReturnsNull()
    {
        Assert.Null(Inbound(ActivityTypes.Message, Channels.Slack).GetUserTimeZone());
    }

    [Theory]
    [InlineData("""{ "action": "save" }""", null, true)]
    [InlineData("""{ "action": "save" }""", "save", false)]
    [InlineData("\"save\"", null, false)]
    public void IsCardSubmit_ByValueAndText_DetectsObjectSubmitsWithoutText(string valueJson, string? text, bool expected)
    {
        var activity = Inbound(ActivityTypes.Message, Channels.Msteams);
        activity.Text = text;
        activity.Value = JsonDocument.Parse(valueJson).RootElement.Clone();

        Assert.Equal(expected, activity.IsCardSubmit());
    }

    private static Activity Inbound(string type, string channelId) => new()
    {
        Type = type,
        Id = "activity-1",
        ChannelId = channelId,
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount("29:user", "Anna") { AadObjectId = "aad-1" },
        Recipient = new ChannelAccount("28:bot", "PipelineBot"),
        Conversation = new ConversationAccount("19:conv") { Name = "Sales", IsGroup = true, TenantId = "t-1" },
        Locale = "ru-RU",
        Text = "hello",
    };

    private static Entity Mention(string id, string name) =>
        Entity($$"""{ "type": "mention", "mentioned": { "id": "{{id}}", "name": "{{name}}" }, "text": "<at>{{name}}</at>" }""");

    private static Entity Entity(string json) => JsonSerializer.Deserialize<Entity>(json, BotJson.Options)!;
}
