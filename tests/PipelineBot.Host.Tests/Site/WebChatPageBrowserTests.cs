using System.Text.Json;
using Microsoft.Playwright;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Conversations;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Tests.Site;

/// <summary>
/// The page at <c>/</c> in a real Chromium against the host on a real port: the unmodified Web Chat over the host's
/// Direct Line, a visitor qualifying by pressing buttons and typing, confirming the summary card and booking a call.
/// Screenshots land in the test output's <c>screenshots/</c>; with <c>UPDATE_SCREENSHOTS=1</c> the booked one also
/// replaces <c>docs/webchat.png</c>, which the README shows.
/// </summary>
public sealed class WebChatPageBrowserTests : IAsyncLifetime
{
    private const string Locale = "en-US";
    private const string VisitorZone = "America/New_York";

    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private LiveBotHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        _host = LiveBotHost.Start(MeetingConversation.Now);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Visitor_QualifiesConfirmsTheSummaryAndBooksACall_OnTheirOwnClock()
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = Locale,
            TimezoneId = VisitorZone,
            ViewportSize = new ViewportSize { Width = 800, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        var visitor = new WebChatVisitor(page);
        try
        {
            var token = await page.RunAndWaitForResponseAsync(() => page.GotoAsync(_host.Address.ToString()), r => r.Url.EndsWith("/webchat/token", StringComparison.Ordinal));
            var userId = TokenUser(await token.JsonAsync());

            await visitor.ExpectMessageAsync(Text("qualify.welcome.new"));
            var answers = Prospects.Strong(Locale);
            foreach (var question in QualificationDriver.QuestionIds)
            {
                await visitor.ExpectMessageAsync(_host.Service<QualificationContent>().Ask(question, Locale));
                await visitor.AnswerAsync(answers[question]);
            }
            var summary = await visitor.CardAsync("Acme Analytics");
            await summary.ScrollIntoViewIfNeededAsync();
            await ScreenshotAsync(page, "webchat-summary.png", toDocs: false);
            await summary.GetByRole(AriaRole.Button, new() { Name = "Confirm", Exact = true }).ClickAsync();

            await visitor.ExpectMessageAsync(Text("qualify.outcome.sql"));
            await visitor.ExpectMessageAsync(Text("meeting.offer.ask", ("rep", "Anna Novak")));
            await visitor.PressAsync("Yes");
            await visitor.ExpectMessageStartingAsync(TextBefore("zone", "meeting.slots.ask", ("rep", "Anna Novak")) + VisitorZone);
            var slot = (await visitor.SuggestedTitlesAsync())[0];
            await visitor.PressAsync(slot);

            await visitor.ExpectMessageStartingAsync(TextBefore("zone", "meeting.booked", ("rep", "Anna Novak"), ("when", slot)) + VisitorZone);
            await ScreenshotAsync(page, "webchat-booked.png", toDocs: true);
            var lead = await _host.Service<ILeadRepository>().GetByVisitorAsync(new VisitorKey(Channels.Directline, userId));
            Assert.Equal(LeadStatus.Sql, lead?.Status);
            var meeting = Assert.Single(await _host.Service<IMeetingRepository>().FindByLeadAsync(lead!.Id));
            Assert.Equal(VisitorZone, meeting.VisitorTimeZoneId);
            Assert.Equal("anna", meeting.RepId);
        }
        catch
        {
            await ScreenshotAsync(page, "webchat-failure.png", toDocs: false);
            throw;
        }
    }

    [Fact]
    public async Task RequestButtons_PostEventsTheBotAcceptsWithoutAnError()
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = Locale, TimezoneId = VisitorZone });
        var page = await context.NewPageAsync();
        var visitor = new WebChatVisitor(page);
        var events = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/activities", StringComparison.Ordinal) && request.PostData is { } body)
            {
                events.Add(body);
            }
        };
        await page.GotoAsync(_host.Address.ToString());
        await visitor.ExpectMessageAsync(_host.Service<QualificationContent>().Ask("consent", Locale));

        foreach (var name in new[] { "Request a quote", "Download the ebook" })
        {
            var posted = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync(),
                r => r.Url.EndsWith("/activities", StringComparison.Ordinal) && r.Request.Method == "POST");
            Assert.Equal(200, posted.Status);
        }
        await visitor.AnswerAsync("yes");

        await visitor.ExpectMessageAsync(_host.Service<QualificationContent>().Ask("name", Locale));
        var sent = events.Select(e => JsonDocument.Parse(e).RootElement).ToList();
        Assert.Equal(["requestQuote", "downloadEbook"], sent.Where(e => e.GetProperty("type").GetString() == "event").Select(e => e.GetProperty("name").GetString()));
        Assert.All(sent, e => Assert.Equal(VisitorZone, e.GetProperty("localTimezone").GetString()));
        Assert.All(sent, e => Assert.Equal(Locale, e.GetProperty("locale").GetString()));
        Assert.Equal(0, await page.GetByText("Sorry", new() { Exact = false }).CountAsync());
    }

    private string Text(string key, params (string Name, string Value)[] values) =>
        _host.Service<IDialogText>().Get(key, Locale, values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>The line up to where <paramref name="placeholder"/> is filled in.</summary>
    private string TextBefore(string placeholder, string key, params (string Name, string Value)[] values) =>
        Text(key, [.. values, (placeholder, $"{{{placeholder}}}")]).Split($"{{{placeholder}}}")[0];

    /// <summary>The user id the page's token binds, which Web Chat reads from its <c>user</c> claim too.</summary>
    private static string TokenUser(JsonElement? token)
    {
        var payload = token!.Value.GetProperty("token").GetString()!.Split('.')[1];
        return JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(payload)).RootElement.GetProperty("user").GetString()!;
    }

    private static async Task ScreenshotAsync(IPage page, string name, bool toDocs)
    {
        var path = Path.Combine(Screenshots, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        if (toDocs && Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            File.Copy(path, RepositoryFiles.Path("docs", "webchat.png"), overwrite: true);
        }
    }
}
