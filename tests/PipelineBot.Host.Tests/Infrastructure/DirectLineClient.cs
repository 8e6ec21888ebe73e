using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PipelineBot.Runtime.Hosting.DirectLine;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Infrastructure;

/// <summary>
/// Talks to the host's Direct Line endpoint over HTTP as Web Chat does: a token from the page's endpoint, the
/// conversation started with it, activities posted and then fetched by watermark.
/// </summary>
public sealed class DirectLineClient(HttpClient http, DirectLineConversationToken started)
{
    public const string Domain = "/v3/directline";

    public string ConversationId => started.ConversationId;

    public string Token => started.Token;

    public string? StreamUrl => started.StreamUrl;

    /// <summary>The watermark of the last <see cref="ReadNewAsync"/>.</summary>
    public string? Watermark { get; private set; }

    /// <summary>A token for a new visitor from the page's endpoint, as the page gets one.</summary>
    public static async Task<DirectLineConversationToken> GetPageTokenAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/webchat/token", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DirectLineConversationToken>())!;
    }

    /// <summary>Gets a page token and starts its conversation, in which the bot greets the visitor.</summary>
    public static async Task<DirectLineClient> StartAsync(HttpClient http, string locale = "en-US")
    {
        var token = await GetPageTokenAsync(http);
        using var response = await SendAsync(http, HttpMethod.Post, "/conversations", token.Token, new { user = new { }, locale });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return new DirectLineClient(http, (await response.Content.ReadFromJsonAsync<DirectLineConversationToken>())!);
    }

    /// <summary>A request to the Direct Line API with <paramref name="credential"/> as the bearer, if any.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? credential, object? body = null)
    {
        using var request = new HttpRequestMessage(method, Domain + path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }
        request.Content = body switch
        {
            null => null,
            string raw => new StringContent(raw, System.Text.Encoding.UTF8, "application/json"),
            _ => JsonContent.Create(body, options: BotJson.Options),
        };
        return await http.SendAsync(request);
    }

    /// <summary>A request about this conversation with its token.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null) =>
        SendAsync(http, method, $"/conversations/{ConversationId}{path}", Token, body);

    /// <summary>Posts an activity (as Web Chat would, from the id it chose) and returns the id the channel gave it.</summary>
    public async Task<string> PostAsync(Activity activity)
    {
        using var response = await SendAsync(HttpMethod.Post, "/activities", activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options))!.Id!;
    }

    public Task<string> SayAsync(string text) =>
        PostAsync(new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount("web-visitor", "Visitor"), Locale = "en-US" });

    /// <summary>The activities since the last read, the watermark moved past them.</summary>
    public async Task<IReadOnlyList<Activity>> ReadNewAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/activities?watermark={Watermark}");
        response.EnsureSuccessStatusCode();
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        Watermark = set.GetProperty("watermark").GetString();
        return set.GetProperty("activities").Deserialize<List<Activity>>(BotJson.Options)!;
    }
}
