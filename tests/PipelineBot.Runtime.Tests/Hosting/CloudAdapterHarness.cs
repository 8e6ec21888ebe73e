using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Connector;
using PipelineBot.Runtime.Connector.Authentication;
using PipelineBot.Runtime.Hosting;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Hosting;

/// <summary>
/// A <see cref="CloudAdapter"/> between an in-memory HTTP exchange and a recording connector, with an authenticator
/// that accepts or refuses every request: the messaging endpoint without a server.
/// </summary>
internal sealed class CloudAdapterHarness
{
    private readonly IServiceProvider _services = new ServiceCollection().AddLogging().BuildServiceProvider();

    public CloudAdapterHarness(bool authenticated = true)
    {
        Adapter = new CloudAdapter(new FixedAuthenticator(authenticated), Connector, Options.Create(new BotOptions()), TimeProvider.System, NullLogger<CloudAdapter>.Instance);
    }

    public CloudAdapter Adapter { get; }

    public RecordingConnector Connector { get; } = new();

    /// <summary>Posts <paramref name="body"/> to the adapter as a channel would and returns the HTTP response.</summary>
    public async Task<(int Status, string Body)> PostAsync(string body, BotCallbackHandler bot)
    {
        var http = new DefaultHttpContext { RequestServices = _services };
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        http.Response.Body = new MemoryStream();

        await Adapter.ProcessAsync(http, new CallbackBot(bot));

        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }

    /// <summary>Posts <paramref name="activity"/> serialized as the wire format.</summary>
    public Task<(int Status, string Body)> PostAsync(Activity activity, BotCallbackHandler bot) =>
        PostAsync(JsonSerializer.Serialize(activity, BotJson.Options), bot);

    public static Activity Message(string text = "hi") => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = Channels.Emulator,
        ServiceUrl = "http://localhost:53012",
        Conversation = new ConversationAccount("conv-1"),
        From = new ChannelAccount("user-1"),
        Recipient = new ChannelAccount("bot"),
        Text = text,
    };

    internal sealed class RecordingConnector : IConnectorClient
    {
        public List<Activity> Sent { get; } = [];

        public Exception? FailWith { get; set; }

        public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
        {
            if (FailWith is not null)
            {
                throw FailWith;
            }
            Sent.Add(activity);
            return Task.FromResult(new ResourceResponse($"sent-{Sent.Count}"));
        }

        public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) => Task.FromResult(new ResourceResponse(activity.Id));

        public Task DeleteActivityAsync(ConversationReference reference, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class FixedAuthenticator(bool authenticated) : IChannelAuthenticator
    {
        public Task<AuthenticationResult> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken = default) =>
            Task.FromResult(authenticated ? AuthenticationResult.Anonymous() : AuthenticationResult.Failure("no token"));
    }

    private sealed class CallbackBot(BotCallbackHandler callback) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => callback(turnContext, cancellationToken);
    }
}
