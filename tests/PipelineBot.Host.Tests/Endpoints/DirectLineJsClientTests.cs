using System.ComponentModel;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Conversations;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Hosting.DirectLine;

namespace PipelineBot.Host.Tests.Endpoints;

/// <summary>
/// botframework-directlinejs, unmodified and outside Web Chat, against the host on a real port: the Node script
/// <c>directline-client.cjs</c> opens the conversation of a token a server generated with the secret, answers the
/// bot's first question and waits for the reply, once polling and once over the WebSocket stream.
/// </summary>
public sealed class DirectLineJsClientTests : IAsyncLifetime
{
    private const string Secret = "a-direct-line-secret-for-the-node-client-test";

    private LiveBotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = LiveBotHost.Start(MeetingConversation.Now, new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("polling")]
    [InlineData("websocket")]
    public async Task DirectLineJs_StartsSendsAndReceivesTheReply(string transport)
    {
        using var http = _host.CreateClient();
        using var generated = await DirectLineClient.SendAsync(http, HttpMethod.Post, "/tokens/generate", Secret, new { user = new { id = "dl_node-visitor" } });
        var token = (await generated.Content.ReadFromJsonAsync<DirectLineConversationToken>())!;

        var output = await RunClientAsync(new Uri(_host.Address, "v3/directline").ToString(), token.Token, transport, "yes");

        var postedId = output.GetProperty("postedId").GetString();
        var activities = output.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(
            [Text("qualify.welcome.new"), Ask("consent"), "yes", Ask("name")],
            activities.Select(a => a.GetProperty("text").GetString()));
        var echo = activities[2];
        Assert.Equal(postedId, echo.GetProperty("id").GetString());
        Assert.Equal("dl_node-visitor", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(postedId, activities[3].GetProperty("replyToId").GetString());
        Assert.All(activities, a => Assert.Equal(token.ConversationId, a.GetProperty("conversation").GetProperty("id").GetString()));
        var frames = output.GetProperty("webSocketFrames").GetInt32();
        Assert.True(transport == "websocket" ? frames > 0 : frames == 0, $"{frames} WebSocket frames while {transport}");
    }

    private string Text(string key) => _host.Service<IDialogText>().Get(key, "en-US");

    private string Ask(string question) => _host.Service<QualificationContent>().Ask(question, "en-US");

    /// <summary>Runs the script with its arguments (domain, token, transport, answer) and returns what it printed.</summary>
    private static async Task<JsonElement> RunClientAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryFiles.Root,
        };
        start.ArgumentList.Add(RepositoryFiles.Path("tests", "PipelineBot.Host.Tests", "Endpoints", "directline-client.cjs"));
        arguments.ToList().ForEach(start.ArgumentList.Add);
        Process node;
        try
        {
            node = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("This test runs botframework-directlinejs in Node.js, which is not installed: 'sudo apt-get install -y nodejs npm', then 'npm ci --ignore-scripts' at the repository root.", ex);
        }
        using (node)
        {
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            // The script gives up by itself after 30 s; this only guards against a hung Node.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await node.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                node.Kill(entireProcessTree: true);
                throw;
            }
            Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode} (after 'npm ci --ignore-scripts' at the repository root?): {await stderr}");
            return JsonDocument.Parse(await stdout).RootElement;
        }
    }
}
