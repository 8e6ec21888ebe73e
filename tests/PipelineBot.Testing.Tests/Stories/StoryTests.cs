using PipelineBot.Testing.Stories;

namespace PipelineBot.Testing.Tests.Stories;

public class StoryTests
{
    [Fact]
    public void Parse_FullHeader_ReadsNameChannelLocaleAndUser()
    {
        var story = Story.Parse("story: s\nchannel: msteams\nlocale: nl-NL\nuser: u-7\nsteps:\n  - joins: true\n", "f.story.yaml");

        Assert.Equal(("s", "f.story.yaml", "msteams", "nl-NL", "u-7"), (story.Name, story.File, story.ChannelId, story.Locale, story.UserId));
        Assert.Equal("s", story.ToString());
    }

    [Fact]
    public void Parse_MinimalStory_DefaultsToTestChannelAndFreshUser()
    {
        var story = Story.Parse("story: s\nsteps:\n  - joins: true\n");

        Assert.Equal(("test", null, null), (story.ChannelId, story.Locale, story.UserId));
    }

    [Theory]
    [InlineData("story: s\nsteps:\n  - bto: hi\n", "f: line 3: unknown step \"bto\"; use one of joins, user, event, bot, no-reply, skip-replies, new-conversation.")]
    [InlineData("story: s\nsteps:\n  - bot: { matches: \"(\" }\n", "f: line 3: \"(\" is not a valid regular expression.")]
    [InlineData("story: s\nsteps:\n  - bot: { says: hi }\n", "f: line 3: unknown key \"says\"; expected one of text, contains, matches, offers, card, any.")]
    [InlineData("story: s\nsteps:\n  - joins: yes\n", "f: line 3: write \"joins: true\".")]
    [InlineData("story: s\nsteps:\n  - event: { value: 1 }\n", "f: line 3: an event needs a name.")]
    [InlineData("story: s\n", "f: line 1: \"steps\" is missing.")]
    [InlineData("story: s\nsteps: [\n", "f: line 3: not valid YAML")]
    [InlineData("- just a list\n", "f: a story starts with")]
    public void Parse_Mistake_ThrowsFormatExceptionNamingTheLine(string yaml, string expectedStart)
    {
        var error = Assert.Throws<FormatException>(() => Story.Parse(yaml, "f"));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }
}
