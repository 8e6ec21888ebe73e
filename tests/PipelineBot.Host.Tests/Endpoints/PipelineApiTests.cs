using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Text.Json;
using PipelineBot.Host.Endpoints;
using PipelineBot.Host.Tests.Infrastructure;

namespace PipelineBot.Host.Tests.Endpoints;

/// <summary>The read API through the real host: off without a key, 401 without the right one, 501 with it for now.</summary>
public sealed class PipelineApiTests
{
    private const string DashboardKey = "dashboard-key-0123456789abcdef0123456789";
    private const string CrmKey = "crm-key-fedcba9876543210fedcba9876543210";

    public static TheoryData<string> Routes() => ["/api/pipeline/summary", "/api/deals?stuck=true", "/api/deals", "/api/metrics"];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_NoKeyConfigured_TheApiDoesNotExist(string route)
    {
        using var folder = new TempFolder();
        await using var factory = new PipelineBotFactory(folder.File("pipelinebot.db"));
        using var http = factory.CreateClient();

        using var response = await SendAsync(http, route, DashboardKey);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_WithoutAKey_Is401WithAProblemNamingTheHeader(string route)
    {
        using var folder = new TempFolder();
        await using var factory = WithKeys(folder);
        using var http = factory.CreateClient();

        using var response = await SendAsync(http, route, key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("X-Api-Key", (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("wrong-key-0123456789abcdef0123456789abc")]
    [InlineData("DASHBOARD-KEY-0123456789ABCDEF0123456789")]
    [InlineData("dashboard-key-0123456789abcdef012345678")]
    [InlineData("dashboard-key-0123456789abcdef0123456789 ")]
    public async Task Get_WithAWrongKey_Is401(string key)
    {
        using var folder = new TempFolder();
        await using var factory = WithKeys(folder);
        using var http = factory.CreateClient();

        foreach (var route in Routes())
        {
            using var response = await SendAsync(http, route, key);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Theory]
    [InlineData(DashboardKey)]
    [InlineData(CrmKey)]
    public async Task Get_WithAConfiguredKey_Is501WithAProblemSayingWhatIsMissing(string key)
    {
        using var folder = new TempFolder();
        await using var factory = WithKeys(folder);
        using var http = factory.CreateClient();

        foreach (var route in Routes())
        {
            using var response = await SendAsync(http, route, key);

            Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await ProblemAsync(response);
            Assert.Equal(501, problem.GetProperty("status").GetInt32());
            Assert.Equal("Not implemented yet", problem.GetProperty("title").GetString());
            Assert.StartsWith($"GET {route.Split('?')[0]} will return", problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task BotEndpoint_NeedsNoApiKey()
    {
        await using var host = await BotTestHost.StartAsync(Keys());

        Assert.NotEmpty(await host.NewVisitor().SayAsync("hello"));
    }

    [Fact]
    public void Validate_WeakNamelessOrSharedKeys_AreRefused()
    {
        var options = new ApiOptions
        {
            Keys =
            [
                new ApiKey { Name = "dashboard", Key = DashboardKey },
                new ApiKey { Name = "", Key = "short" },
                new ApiKey { Name = "dashboard", Key = DashboardKey },
            ],
        };

        var errors = options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage);

        Assert.Equal(
        [
            "Api:Keys:1 has no Name.",
            "Api:Keys:1 is shorter than 32 characters.",
            "API key name 'dashboard' is used more than once.",
            "Two API keys have the same secret; give each client its own.",
        ], errors);
    }

    private static Dictionary<string, string?> Keys() => new()
    {
        ["Api:Keys:0:Name"] = "dashboard",
        ["Api:Keys:0:Key"] = DashboardKey,
        ["Api:Keys:1:Name"] = "crm",
        ["Api:Keys:1:Key"] = CrmKey,
    };

    private static PipelineBotFactory WithKeys(TempFolder folder) => new(folder.File("pipelinebot.db"), Keys());

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string route, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, route);
        if (key is not null)
        {
            request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        }
        return await http.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
