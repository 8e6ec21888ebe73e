using System.Text.Json;
using System.Text.Json.Nodes;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Schema;

public class BotJsonTests
{
    // A Teams message as a channel sends it: fields the runtime does not model, a nested channelData object,
    // a card-submit value and an entity with fields of its own.
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1700000000000",
          "timestamp": "2025-03-01T09:00:00.123+00:00",
          "localTimestamp": "2025-03-01T12:00:00.123+03:00",
          "localTimezone": "Europe/Moscow",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:user", "name": "Anna", "aadObjectId": "aad-1", "userPrincipalName": "anna@contoso.com" },
          "conversation": { "id": "19:abc@thread.skype;messageid=1", "isGroup": true, "conversationType": "channel", "tenantId": "t-1", "unknownFlag": 7 },
          "recipient": { "id": "28:bot", "name": "PipelineBot" },
          "text": "<at>PipelineBot</at> show my deals",
          "textFormat": "plain",
          "locale": "ru-RU",
          "attachments": [ { "contentType": "text/html", "content": "<p>hi</p>", "extra": [1, 2] } ],
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot", "name": "PipelineBot" }, "text": "<at>PipelineBot</at>" },
            { "type": "clientInfo", "locale": "ru-RU", "country": "RU", "platform": "Web", "timezone": "Europe/Moscow", "nested": { "a": [true, null, 1.50] } }
          ],
          "channelData": { "tenant": { "id": "t-1" }, "team": { "id": "19:team", "aadGroupId": "g-1" }, "channel": { "id": "19:abc@thread.skype" } },
          "value": { "action": "save", "amount": 50000.00, "tags": ["a", "b"], "deal": { "id": 42, "won": false } },
          "replyToId": "1699999999999",
          "importance": "high",
          "attachmentsMeta": { "count": 1 },
          "listenFor": ["yes", "no"]
        }
        """;

    [Fact]
    public void RoundTrip_ActivityWithUnknownAndNestedFields_WritesTheSameJson()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        var written = JsonSerializer.Serialize(activity, BotJson.Options);

        var expected = JsonNode.Parse(TeamsMessage);
        var actual = JsonNode.Parse(written);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Round trip changed the activity:{Environment.NewLine}{written}");
    }

    [Fact]
    public void Deserialize_TeamsMessage_ReadsModelledFieldsAndKeepsTheRest()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("19:abc@thread.skype;messageid=1", activity.Conversation!.Id);
        Assert.Equal("t-1", activity.Conversation.TenantId);
        Assert.Equal("anna@contoso.com", activity.From!.Properties!["userPrincipalName"].GetString());
        Assert.Equal("high", activity.Properties!["importance"].GetString());
        Assert.Equal("Europe/Moscow", activity.Entities![1].GetString("timezone"));
        Assert.True(activity.IsCardSubmit() is false, "A message with text is not a card submit.");
        Assert.Equal(JsonValueKind.Object, Assert.IsType<JsonElement>(activity.ChannelData).ValueKind);
    }

    [Fact]
    public void Serialize_NullsAndEmpties_AreOmitted()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Hello",
            Speak = "",
            Summary = null,
            Attachments = [],
            Entities = [],
            MembersAdded = [],
            From = new ChannelAccount("bot", name: ""),
        };

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!.AsObject();

        Assert.Equal(["from", "text", "type"], written.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("""{"id":"bot"}""", written["from"]!.ToJsonString());
    }

    [Fact]
    public void Serialize_NonAsciiText_IsWrittenUnescaped()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "Сделка «Ромашка» — 50 000 ₽" };

        var written = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.Contains("Сделка «Ромашка» — 50 000 ₽", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ExpectedRepliesWithoutReplies_KeepsTheEmptyArray()
    {
        var written = JsonSerializer.Serialize(new ExpectedReplies([]), BotJson.Options);

        Assert.Equal("""{"activities":[]}""", written);
    }
}
