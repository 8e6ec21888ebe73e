using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Polly;
using PipelineBot.Runtime.Connector.Authentication;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Connector;

/// <summary>
/// Calls the Connector API at each activity's serviceUrl with the bot's token (none when auth is off), retrying
/// throttling and transient failures. Inbound activities are only accepted after their token's serviceurl claim
/// matched, so the serviceUrls replied to are ones a channel vouched for.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IAccessTokenProvider tokens, ResiliencePipeline<HttpResponseMessage> retry) : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    /// <inheritdoc />
    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var path = string.IsNullOrEmpty(activity.ReplyToId)
            ? $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities"
            : $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities/{Escape(activity.ReplyToId)}";
        return SendAsync(HttpMethod.Post, activity.ServiceUrl, path, activity, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, activity.ServiceUrl, $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities/{Escape(activity.Id)}", activity, cancellationToken);

    /// <inheritdoc />
    public async Task DeleteActivityAsync(ConversationReference reference, CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Delete, reference.ServiceUrl, $"v3/conversations/{Escape(reference.Conversation?.Id)}/activities/{Escape(reference.ActivityId)}", null, cancellationToken);

    private async Task<ResourceResponse> SendAsync(HttpMethod method, string? serviceUrl, string path, Activity? body, CancellationToken cancellationToken)
    {
        // On Unix "/" parses as an absolute file: URI, so an empty serviceUrl must be caught by its scheme.
        if (!Uri.TryCreate(serviceUrl?.TrimEnd('/') + "/", UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ConnectorException($"Cannot send: '{serviceUrl}' is not an absolute serviceUrl.");
        }
        var uri = new Uri(baseUri, path);
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options);
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        HttpResponseMessage response;
        try
        {
            response = await retry.ExecuteAsync(async ct =>
            {
                // A request message cannot be sent twice, so each attempt builds its own.
                using var request = new HttpRequestMessage(method, uri);
                if (payload is not null)
                {
                    request.Content = new ByteArrayContent(payload) { Headers = { ContentType = JsonMediaType } };
                }
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
                return await http.SendAsync(request, ct);
            }, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorException($"{method} {uri} failed: {ex.Message}", null, ex);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new ConnectorException($"{method} {uri} answered {(int)response.StatusCode} {response.ReasonPhrase}.", (int)response.StatusCode);
            }
            return await ReadResourceResponseAsync(response, cancellationToken);
        }
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return new ResourceResponse(null);
        }
        try
        {
            return await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options, cancellationToken) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            // Channels may answer 200 with an empty or non-JSON body; the send still succeeded.
            return new ResourceResponse(null);
        }
    }

    private static string Escape(string? id) => Uri.EscapeDataString(id ?? string.Empty);
}
