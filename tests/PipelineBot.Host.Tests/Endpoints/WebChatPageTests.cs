using System.Net;
using System.Text;
using System.Text.Json;
using PipelineBot.Host.Tests.Infrastructure;

namespace PipelineBot.Host.Tests.Endpoints;

/// <summary>The page at <c>/</c>, its files, and the server-side token endpoint that keeps the Direct Line secret off the page.</summary>
public sealed class WebChatPageTests : IAsyncLifetime
{
    private const string Secret = "the-sites-direct-line-secret-0123456789";

    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Root_ServesThePageWithWebChatFromTheHostItself()
    {
        using var page = await _host.Http.GetAsync("/");
        using var bundle = await _host.Http.GetAsync("/lib/webchat.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"lib/webchat.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NothingThePageLoads_ContainsTheSecret()
    {
        foreach (var path in new[] { "/", "/chat.js", "/chat.css", "/lib/webchat.js" })
        {
            using var response = await _host.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var token = await _host.Http.PostAsync("/webchat/token", null);
        var body = await token.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, Claims(JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageToken_BindsANewVisitorAndConversationEachTime()
    {
        var first = await DirectLineClient.GetPageTokenAsync(_host.Http);
        var second = await DirectLineClient.GetPageTokenAsync(_host.Http);

        var firstUser = JsonDocument.Parse(Claims(first.Token)).RootElement.GetProperty("user").GetString();
        var secondUser = JsonDocument.Parse(Claims(second.Token)).RootElement.GetProperty("user").GetString();
        Assert.StartsWith("dl_", firstUser, StringComparison.Ordinal);
        Assert.NotEqual(firstUser, secondUser);
        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.Equal(1800, first.ExpiresIn);
    }

    [Fact]
    public async Task PageToken_IsNeverCached()
    {
        using var response = await _host.Http.PostAsync("/webchat/token", null);

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    /// <summary>The JWT's payload as JSON, which is what Web Chat reads the user id from.</summary>
    private static string Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=')));
    }
}
