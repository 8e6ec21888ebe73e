using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Runtime.Hosting.DirectLine;

namespace PipelineBot.Runtime.Tests.Hosting.DirectLine;

public sealed class DirectLineTokensTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private readonly DirectLineTokens _tokens;

    public DirectLineTokensTests() => _tokens = Create(_clock);

    [Fact]
    public async Task Generate_WithoutAUser_BindsANewConversationAndAReservedUserId()
    {
        var first = _tokens.Generate();
        var second = _tokens.Generate();

        var check = await _tokens.CheckConversationTokenAsync(first.Token);
        Assert.Equal(DirectLineTokenStatus.Valid, check.Status);
        Assert.Equal(first.ConversationId, check.ConversationId);
        Assert.StartsWith("dl_", check.UserId, StringComparison.Ordinal);
        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.Equal(1800, first.ExpiresIn);
    }

    [Fact]
    public async Task Generate_ForAUser_BindsThatUser()
    {
        var token = _tokens.Generate("signed-in-42");

        Assert.Equal("signed-in-42", (await _tokens.CheckConversationTokenAsync(token.Token)).UserId);
    }

    [Fact]
    public async Task CheckConversationToken_IsValidUntilItsLifetimeEndsOnTheHostsClock()
    {
        var token = _tokens.Generate();

        _clock.Advance(TimeSpan.FromMinutes(29));
        var nearlyExpired = await _tokens.CheckConversationTokenAsync(token.Token);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var expired = await _tokens.CheckConversationTokenAsync(token.Token);

        Assert.Equal(DirectLineTokenStatus.Valid, nearlyExpired.Status);
        Assert.Equal(DirectLineTokenStatus.Expired, expired.Status);
    }

    [Fact]
    public async Task StreamAndConversationTokens_AreNotInterchangeable()
    {
        var token = _tokens.Generate();
        var streamToken = _tokens.IssueStreamToken(token.ConversationId, "dl_user");

        Assert.Equal(DirectLineTokenStatus.Invalid, (await _tokens.CheckConversationTokenAsync(streamToken)).Status);
        Assert.Equal(DirectLineTokenStatus.Invalid, (await _tokens.CheckStreamTokenAsync(token.Token)).Status);
        Assert.Equal(DirectLineTokenStatus.Valid, (await _tokens.CheckStreamTokenAsync(streamToken)).Status);
    }

    [Fact]
    public async Task StreamToken_LastsOnlyUntilTheClientShouldHaveConnected()
    {
        var streamToken = _tokens.IssueStreamToken("conversation", "dl_user");

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(DirectLineTokenStatus.Expired, (await _tokens.CheckStreamTokenAsync(streamToken)).Status);
    }

    [Fact]
    public async Task TokenFromAnotherHostOrProcess_IsInvalid()
    {
        var elsewhere = Create(_clock).Generate();

        Assert.Equal(DirectLineTokenStatus.Invalid, (await _tokens.CheckConversationTokenAsync(elsewhere.Token)).Status);
    }

    [Fact]
    public async Task TokenWithAnEditedConversation_IsInvalid()
    {
        var parts = _tokens.Generate().Token.Split('.');
        var claims = Encoding.UTF8.GetString(Base64Url.Decode(parts[1]));
        var edited = claims.Replace("\"conv\":\"", "\"conv\":\"0", StringComparison.Ordinal);

        var forged = $"{parts[0]}.{Base64Url.Encode(Encoding.UTF8.GetBytes(edited))}.{parts[2]}";

        Assert.Equal(DirectLineTokenStatus.Invalid, (await _tokens.CheckConversationTokenAsync(forged)).Status);
    }

    private static DirectLineTokens Create(TimeProvider clock) => new(Options.Create(new DirectLineOptions()), clock);

    private static class Base64Url
    {
        public static byte[] Decode(string text) => System.Buffers.Text.Base64Url.DecodeFromChars(text);

        public static string Encode(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
    }
}
