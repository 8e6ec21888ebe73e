using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Text.Json;
using PipelineBot.Host.Endpoints;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Host.Tests.Reps;

namespace PipelineBot.Host.Tests.Endpoints;

/// <summary>
/// The read API through the real host: off without a key, 401 without the right one, and with it the same figures the
/// chat gives, as JSON, over <see cref="PipelineFixture"/>'s pipeline.
/// </summary>
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
    public async Task Summary_WithAConfiguredKey_TheOpenDealsByStage(string key)
    {
        await using var fixture = await PipelineFixture.StartAsync(Keys());

        var summary = await JsonAsync(fixture, "/api/pipeline/summary", key);

        Assert.Equal(("New business", "EUR", 4, 115_000m, 65_750m), (summary.GetProperty("pipeline").GetString(), summary.GetProperty("currency").GetString(),
            summary.GetProperty("deals").GetInt32(), summary.GetProperty("value").GetDecimal(), summary.GetProperty("weightedValue").GetDecimal()));
        Assert.Equal(
            ["Contact 2 15000 750", "Qualification 0 0 0", "Meeting 0 0 0", "Proposal 1 40000 20000", "Negotiation 1 60000 45000"],
            summary.GetProperty("stages").EnumerateArray().Select(s =>
                $"{s.GetProperty("stage").GetString()} {s.GetProperty("deals").GetInt32()} {s.GetProperty("value").GetDecimal():0} {s.GetProperty("weightedValue").GetDecimal():0}"));
    }

    [Fact]
    public async Task Summary_OneOwnerOrAnotherPipeline()
    {
        await using var fixture = await PipelineFixture.StartAsync(Keys());

        var annas = await JsonAsync(fixture, "/api/pipeline/summary?owner=anna", DashboardKey);
        var renewals = await JsonAsync(fixture, "/api/pipeline/summary?pipeline=Renewals", DashboardKey);
        using var unknown = await SendAsync(fixture.Host.Http, "/api/pipeline/summary?pipeline=Upsell", DashboardKey);

        Assert.Equal((2, 50_000m), (annas.GetProperty("deals").GetInt32(), annas.GetProperty("value").GetDecimal()));
        Assert.Equal(("Renewals", 0), (renewals.GetProperty("pipeline").GetString(), renewals.GetProperty("deals").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("the pipelines are New business, Renewals", (await ProblemAsync(unknown)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Deals_Stuck_EachWithWhyInWordsAndFigures()
    {
        await using var fixture = await PipelineFixture.StartAsync(Keys());

        var stuck = (await JsonAsync(fixture, "/api/deals?stuck=true", DashboardKey)).EnumerateArray().ToList();

        Assert.Equal(["Acme Analytics", "Acme Robotics"], stuck.Select(s => s.GetProperty("deal").GetProperty("company").GetString()));
        var acme = stuck[0];
        Assert.Equal("in Proposal for 18 days, over the 14 days configured for it", acme.GetProperty("reason").GetString());
        Assert.Equal(["ConfiguredLimit"], acme.GetProperty("exceeded").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal((18.04, 14.0), (acme.GetProperty("daysInStage").GetDouble(), acme.GetProperty("limitDays").GetDouble()));
        Assert.Equal(("anna", "Proposal", "Open", 40_000m), (acme.GetProperty("deal").GetProperty("ownerRepId").GetString(), acme.GetProperty("deal").GetProperty("stage").GetString(),
            acme.GetProperty("deal").GetProperty("outcome").GetString(), acme.GetProperty("deal").GetProperty("value").GetProperty("amount").GetDecimal()));
    }

    [Fact]
    public async Task Deals_WithoutStuck_TheOpenDeals_OfOneOwnerIfAsked()
    {
        await using var fixture = await PipelineFixture.StartAsync(Keys());

        var open = await JsonAsync(fixture, "/api/deals", DashboardKey);
        var bens = await JsonAsync(fixture, "/api/deals?stuck=false&owner=ben", DashboardKey);

        Assert.Equal(4, open.GetArrayLength());
        Assert.Equal(["Acme Robotics", "Stark Industries"], bens.EnumerateArray().Select(d => d.GetProperty("company").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Metrics_ThisQuarterBesideTheLast()
    {
        await using var fixture = await PipelineFixture.StartAsync(Keys());

        var metrics = await JsonAsync(fixture, "/api/metrics", DashboardKey);

        var current = metrics.GetProperty("current");
        var previous = metrics.GetProperty("previous");
        Assert.Equal(("2026-10-01", "2027-01-01"), (current.GetProperty("period").GetProperty("start").GetString(), current.GetProperty("period").GetProperty("end").GetString()));
        Assert.Equal((0.5m, 20_000m, 39m, 4), (current.GetProperty("closeRatio").GetDecimal(), current.GetProperty("averageDealSize").GetDecimal(),
            current.GetProperty("salesCycleDays").GetDecimal(), current.GetProperty("openOpportunities").GetInt32()));
        Assert.Equal((1025.64m, 666.67m, 0.54m), (Math.Round(current.GetProperty("pipelineVelocity").GetDecimal(), 2),
            Math.Round(previous.GetProperty("pipelineVelocity").GetDecimal(), 2), Math.Round(metrics.GetProperty("velocityChangeRate").GetDecimal(), 2)));
        var contact = current.GetProperty("stageConversions")[0];
        Assert.Equal(("Contact", 2, 1, 0.5m), (contact.GetProperty("stage").GetString(), contact.GetProperty("reached").GetInt32(),
            contact.GetProperty("advanced").GetInt32(), contact.GetProperty("rate").GetDecimal()));
    }

    [Fact]
    public async Task Metrics_ByMonthForOneOwner_OrAnUnknownPeriodIs400()
    {
        await using var fixture = await PipelineFixture.StartAsync(Keys());

        var november = await JsonAsync(fixture, "/api/metrics?period=month&owner=anna", DashboardKey);
        using var yearly = await SendAsync(fixture.Host.Http, "/api/metrics?period=year", DashboardKey);

        Assert.Equal(("2026-11-01", 2), (november.GetProperty("current").GetProperty("period").GetProperty("start").GetString(), november.GetProperty("current").GetProperty("leads").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, yearly.StatusCode);
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

    private static async Task<JsonElement> JsonAsync(PipelineFixture fixture, string route, string key)
    {
        using var response = await SendAsync(fixture.Host.Http, route, key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
