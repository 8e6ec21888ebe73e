using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PipelineBot.Host.Content;

namespace PipelineBot.Host.Tests.Content;

/// <summary>The shared, hand-off, meeting and rep-command lines exist in all five languages and their phrase lists cannot be confused.</summary>
public sealed class ShippedContentTests
{
    private static readonly string[] Locales = ["en", "ru", "sr", "ro", "cs"];
    private static readonly string Dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
    private static readonly DialogText Text = new(Options.Create(new ContentOptions { DialogsPath = Dialogs, DefaultLocale = "en" }));

    [Theory]
    [InlineData("common.json")]
    [InlineData("handoff.json")]
    [InlineData("schedule-meeting.json")]
    [InlineData("rep-commands.json")]
    public void File_EveryLanguage_HasExactlyTheEnglishKeys(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dialogs, file)));
        var keys = document.RootElement.EnumerateObject()
            .ToDictionary(l => l.Name, l => l.Value.EnumerateObject().Select(k => k.Name).Order(StringComparer.Ordinal).ToList());

        Assert.Equal(Locales.Order(StringComparer.Ordinal), keys.Keys.Order(StringComparer.Ordinal));
        foreach (var locale in Locales)
        {
            Assert.True(keys["en"].SequenceEqual(keys[locale]), $"{file}: {locale} keys differ from en: {string.Join(", ", keys["en"].Except(keys[locale]).Concat(keys[locale].Except(keys["en"])))}");
        }
    }

    [Theory]
    [MemberData(nameof(AllLocales))]
    public void Intents_NoPhraseMeansTwoThings(string locale)
    {
        string[] intents =
        [
            "common.intent.help", "common.intent.cancel", "common.intent.restart", "common.intent.erase", "common.intent.back", "handoff.intent",
            "meeting.intent.book", "meeting.intent.move", "meeting.intent.cancel", "meeting.intent.other",
        ];

        Assert.Empty(Clashes(intents, locale));
    }

    [Theory]
    [MemberData(nameof(AllLocales))]
    public void RepIntents_NoPhraseMeansTwoThings(string locale)
    {
        string[] intents =
        [
            "reps.intent.advance", "reps.intent.won", "reps.intent.lost", "reps.intent.note", "reps.intent.nextStep", "reps.intent.show",
            "reps.intent.stuck", "reps.intent.summary", "reps.intent.forecast", "reps.intent.metrics", "reps.intent.idealPipeline",
            "reps.intent.callToday", "reps.intent.help",
        ];

        Assert.Empty(Clashes(intents, locale));
    }

    /// <summary>Each phrase that more than one of the intents lists, with the intents.</summary>
    private static IEnumerable<string> Clashes(string[] intents, string locale) =>
        intents.SelectMany(key => Text.Phrases(key, locale).Select(phrase => (key, phrase)))
            .GroupBy(p => p.phrase, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}' in {string.Join(" and ", g.Select(p => p.key))}");

    [Theory]
    [InlineData("en", "stop")]
    [InlineData("ru", "стоп")]
    [InlineData("sr", "стоп")]
    [InlineData("ro", "stop")]
    [InlineData("cs", "stop")]
    public void Stop_AsksToEraseData_NotToCancel(string locale, string stop)
    {
        Assert.Contains(stop, Text.Phrases("common.intent.erase", locale));
        Assert.DoesNotContain(stop, Text.Phrases("common.intent.cancel", locale));
    }

    [Theory]
    [MemberData(nameof(AllLocales))]
    public void CountedPhrases_HaveAFormForEveryResponseTime(string locale)
    {
        var culture = CultureInfo.GetCultureInfo(Text.Get("handoff.culture", locale));

        Assert.Equal(locale, culture.TwoLetterISOLanguageName);
        foreach (var minutes in Enumerable.Range(1, 24 * 60))
        {
            Assert.DoesNotContain("{n}", PluralForms.Select(Text.Get("handoff.within.minutes", locale), minutes, culture));
        }
        foreach (var hours in Enumerable.Range(1, 24))
        {
            Assert.DoesNotContain("{n}", PluralForms.Select(Text.Get("handoff.within.hours", locale), hours, culture));
        }
    }

    public static TheoryData<string> AllLocales() => [.. Locales];
}
