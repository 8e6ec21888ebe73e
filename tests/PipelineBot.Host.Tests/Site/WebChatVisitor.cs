using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PipelineBot.Host.Tests.Site;

/// <summary>
/// A visitor on the chat page, seen and driven through Web Chat's own markup: what the bot's bubbles say, its
/// suggested actions and Adaptive Card buttons, and the send box.
/// </summary>
internal sealed class WebChatVisitor(IPage page)
{
    private ILocator SuggestedActions => page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" });

    /// <summary>Waits until a message in the transcript reads <paramref name="text"/> (as Web Chat renders it).</summary>
    public Task ExpectMessageAsync(string text) => ExpectMessageAsync(Rendered(text, anchorEnd: true));

    /// <summary>Waits until a message in the transcript starts with <paramref name="prefix"/>.</summary>
    public Task ExpectMessageStartingAsync(string prefix) => ExpectMessageAsync(Rendered(prefix, anchorEnd: false));

    /// <summary>Answers by pressing the suggested action titled <paramref name="answer"/> when there is one, else by typing it.</summary>
    public async Task AnswerAsync(string answer)
    {
        var button = SuggestedActions.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^{Regex.Escape(answer)}$", RegexOptions.IgnoreCase) });
        if (await button.CountAsync() == 1)
        {
            await button.ClickAsync();
        }
        else
        {
            await TypeAsync(answer);
        }
    }

    public async Task TypeAsync(string text)
    {
        var sendBox = page.GetByRole(AriaRole.Textbox, new() { Name = "Message input box" });
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
    }

    /// <summary>Presses the suggested action with exactly this title.</summary>
    public Task PressAsync(string title) => SuggestedActions.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();

    /// <summary>The titles of the suggested actions on offer, once there are some.</summary>
    public async Task<IReadOnlyList<string>> SuggestedTitlesAsync()
    {
        await Expect(SuggestedActions.GetByRole(AriaRole.Button).First).ToBeVisibleAsync();
        return await SuggestedActions.GetByRole(AriaRole.Button).AllInnerTextsAsync();
    }

    /// <summary>The newest Adaptive Card, once one showing <paramref name="text"/> is there.</summary>
    public async Task<ILocator> CardAsync(string text)
    {
        var card = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = text }).Last;
        await Expect(card).ToBeVisibleAsync();
        return card;
    }

    private Task ExpectMessageAsync(Regex text) =>
        Expect(page.Locator(".webchat__basic-transcript__transcript .webchat__text-content").Filter(new() { HasTextRegex = text }).Last).ToBeVisibleAsync();

    /// <summary>
    /// A pattern for the text as it appears on the page: Web Chat renders messages as Markdown, in paragraphs, with
    /// typographic quotes and apostrophes.
    /// </summary>
    private static Regex Rendered(string text, bool anchorEnd)
    {
        var pattern = string.Concat(text.Select(c => c switch
        {
            '\'' => "['’]",
            '"' => "[\"“”]",
            _ when char.IsWhiteSpace(c) => @"\s+",
            _ => Regex.Escape(c.ToString()),
        }));
        return new Regex($@"^\s*{pattern}{(anchorEnd ? @"\s*$" : string.Empty)}");
    }
}
