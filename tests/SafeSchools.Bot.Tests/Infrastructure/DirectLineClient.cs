using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>Talks Direct Line 3.0 to the bot the way botframework-directlinejs does.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public string Token { get; private set; } = string.Empty;

    public string ConversationId { get; private set; } = string.Empty;

    public string StreamUrl { get; private set; } = string.Empty;

    public async Task StartAsync()
    {
        var generated = await ReadJsonAsync(await http.PostAsync("/v3/directline/tokens/generate", null));
        Token = generated["token"]!.GetValue<string>();
        var started = await ReadJsonAsync(await SendAsync(HttpMethod.Post, "/v3/directline/conversations"));
        ConversationId = started["conversationId"]!.GetValue<string>();
        StreamUrl = started["streamUrl"]!.GetValue<string>();
    }

    /// <summary>The same chat (token, conversation) talking to another instance, as a proxy sends it there.</summary>
    public DirectLineClient MovedTo(HttpClient other) => new(other) { Token = Token, ConversationId = ConversationId, StreamUrl = StreamUrl };

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return http.SendAsync(request);
    }

    /// <summary>Posts a message as Web Chat does, named by a new client activity id unless one is given (a retry).</summary>
    public async Task<string> PostMessageAsync(string text, string? clientActivityId = null)
    {
        var activity = new
        {
            type = "message", text, from = new { id = "ignored", name = "You" }, channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", JsonContent.Create(activity));
        return (await ReadJsonAsync(response))["id"]!.GetValue<string>();
    }

    public async Task<(IReadOnlyList<Activity> Activities, string Watermark)> GetActivitiesAsync(string? watermark = null)
    {
        var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}");
        response.EnsureSuccessStatusCode();
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var activities = json["activities"]!.Deserialize<List<Activity>>(BotJson.Options)!;
        return (activities, json["watermark"]!.GetValue<string>());
    }

    private static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
