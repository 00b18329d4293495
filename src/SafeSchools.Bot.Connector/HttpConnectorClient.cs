using System.Net.Http.Headers;
using System.Net.Http.Json;
using SafeSchools.Bot.Connector.Authentication;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector;

/// <summary>Posts activities to a channel's service URL over HTTP.</summary>
public sealed class HttpConnectorClient : IConnectorClient
{
    private readonly HttpClient _httpClient;
    private readonly Uri _serviceUrl;
    private readonly IAccessTokenProvider _tokens;

    /// <summary>Creates a client for <paramref name="serviceUrl"/>.</summary>
    public HttpConnectorClient(HttpClient httpClient, Uri serviceUrl, IAccessTokenProvider tokens)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        ArgumentNullException.ThrowIfNull(serviceUrl);
        _serviceUrl = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
    }

    /// <inheritdoc />
    public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync($"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity, cancellationToken);

    /// <inheritdoc />
    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync($"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, cancellationToken);

    private async Task<ResourceResponse> PostAsync(string relativePath, Activity activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_serviceUrl, relativePath))
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        var token = await _tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _httpClient.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The channel answered {(int)response.StatusCode} to a posted activity.", null, response.StatusCode);
        }

        return await ReadResourceResponseAsync(response, cancellationToken);
    }

    // Some channels (offline Direct Line servers among them) answer 200 with an empty or non-JSON body.
    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ResourceResponse(null);
        }

        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<ResourceResponse>(body, BotJson.Options) ?? new ResourceResponse(null);
        }
        catch (System.Text.Json.JsonException)
        {
            return new ResourceResponse(null);
        }
    }
}
