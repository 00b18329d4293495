using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Endpoints;
using SafeSchools.Bot.Hosting;

namespace SafeSchools.Bot.DirectLine;

/// <summary>
/// Direct Line 3.0, served by the bot itself so Web Chat works with no Azure and no conversation leaves this server.
/// </summary>
internal static class DirectLineApi
{
    public const string BasePath = "/v3/directline";

    // What a Web Chat user can do: say something, show they are typing, or end the chat. Everything else (conversation
    // updates, events, invokes) comes from the channel itself, never from an anonymous page.
    private static readonly FrozenSet<string> ClientActivityTypes =
        FrozenSet.Create(StringComparer.Ordinal, ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.EndOfConversation);

    // The sweeper forgets idle conversations every minute, so a full store has room again within about that.
    private static readonly TimeSpan FullStoreRetryAfter = TimeSpan.FromMinutes(1);

    public static IEndpointRouteBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath);
        group.MapPost("/tokens/generate", GenerateTokenAsync).RequireRateLimiting(DirectLineRateLimits.NewChatPolicy);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync).RequireRateLimiting(DirectLineRateLimits.NewChatPolicy);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        return app;
    }

    private static DirectLineConversationResponse Describe(HttpRequest request, DirectLineConversation conversation, DirectLineTokenService tokens)
    {
        var token = tokens.Issue(conversation.Id, conversation.UserId);
        var scheme = request.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{request.Host}{BasePath}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?t={token}";
        return new DirectLineConversationResponse(conversation.Id, token, (int)tokens.Lifetime.TotalSeconds, streamUrl);
    }

    private static async Task<IResult> GenerateTokenAsync(
        HttpRequest request, DirectLineConversationStore store, DirectLineTokenService tokens, CancellationToken cancellationToken)
    {
        var conversation = store.Create(await ReadAudienceAsync(request, cancellationToken));
        return conversation is null
            ? new RetryLaterResult(
                StatusCodes.Status503ServiceUnavailable,
                "The chat is busy right now. Please try again in a minute. If you're in danger right now, call 999.",
                FullStoreRetryAfter)
            : TypedResults.Ok(Describe(request, conversation, tokens) with { StreamUrl = null });
    }

    // The pages say who is chatting ("parent" or "young-person") so the bot can open the right flow first.
    private static async Task<string?> ReadAudienceAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType() || request.ContentLength is null or 0 or > 1024)
        {
            return null;
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("audience", out var audience)
                && audience.GetString() is "parent" or "young-person"
                ? audience.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<IResult> RefreshTokenAsync(HttpRequest request, DirectLineConversationStore store, DirectLineTokenService tokens)
    {
        var access = await AuthorizeAsync(request, null, store, tokens, live: true);
        return access.Error ?? TypedResults.Ok(Describe(request, access.Conversation!, tokens) with { StreamUrl = null });
    }

    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineConversationStore store, DirectLineTokenService tokens, DirectLineAdapter adapter, IBot bot,
        CancellationToken cancellationToken)
    {
        var access = await AuthorizeAsync(request, null, store, tokens, live: true);
        if (access.Error is not null)
        {
            return access.Error;
        }

        var conversation = access.Conversation!;
        await conversation.TurnLock.WaitAsync(cancellationToken);
        try
        {
            if (!conversation.Started && conversation.ForgottenAt is null)
            {
                conversation.Started = true;
                var update = Stamp(new Activity { Type = ActivityTypes.ConversationUpdate }, request, conversation) with
                {
                    MembersAdded = [BotAccount(request), new ChannelAccount(conversation.UserId)],
                    ChannelData = conversation.Audience is null ? null : JsonSerializer.SerializeToElement(new { audience = conversation.Audience }),
                };
                await adapter.ProcessActivityAsync(conversation, update, bot.OnTurnAsync, cancellationToken);
            }
        }
        finally
        {
            conversation.TurnLock.Release();
        }

        return TypedResults.Created((string?)null, Describe(request, conversation, tokens));
    }

    private static async Task<IResult> ReconnectAsync(
        HttpRequest request, string conversationId, string? watermark, DirectLineConversationStore store, DirectLineTokenService tokens)
    {
        var access = await AuthorizeAsync(request, conversationId, store, tokens, clientWatermark: ClientWatermark(watermark));
        return access.Error ?? TypedResults.Ok(Describe(request, access.Conversation!, tokens));
    }

    private static async Task<IResult> GetActivitiesAsync(
        HttpRequest request, string conversationId, string? watermark, DirectLineConversationStore store, DirectLineTokenService tokens, TimeProvider time)
    {
        var from = ClientWatermark(watermark);
        var access = await AuthorizeAsync(request, conversationId, store, tokens, clientWatermark: from);
        if (access.Error is not null)
        {
            return access.Error;
        }

        var conversation = access.Conversation!;
        conversation.Touch(time.GetUtcNow());
        var (activities, next) = conversation.ReadFrom(from ?? 0);
        ForgetIfAsked(conversation, store);
        return TypedResults.Json(new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture)), BotJson.Options);
    }

    private static async Task<IResult> PostActivityAsync(
        HttpRequest request, string conversationId, DirectLineConversationStore store, DirectLineTokenService tokens,
        DirectLineAdapter adapter, IBot bot, IOptions<BotOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var access = await AuthorizeAsync(request, conversationId, store, tokens, live: true);
        if (access.Error is not null)
        {
            return access.Error;
        }

        var read = await ActivityRequestReader.ReadAsync(request, options.Value, cancellationToken);
        if (read.Refused)
        {
            // Web Chat shows the person that the message was not sent (and the text is still in their send box).
            return ErrorResponse.Result(read.StatusCode, read.Reason!);
        }

        if (!ClientActivityTypes.Contains(read.Activity.Type ?? string.Empty))
        {
            return ErrorResponse.Result(
                StatusCodes.Status400BadRequest, "Only message, typing and endOfConversation activities can be posted to a Direct Line conversation.");
        }

        var conversation = access.Conversation!;
        await conversation.TurnLock.WaitAsync(cancellationToken);
        try
        {
            if (conversation.ForgottenAt is not null)
            {
                // A turn queued behind "forget me" finds the conversation gone.
                return ErrorResponse.Result(StatusCodes.Status404NotFound, "This conversation has ended. Start a new chat.");
            }

            // A client retrying a post (same client activity id) gets the id the first post was given; its turn ran once.
            var clientActivityId = ClientActivityId(read.Activity);
            if (clientActivityId is not null && conversation.IdOfClientActivity(clientActivityId) is { } earlier)
            {
                return TypedResults.Ok(new ResourceResponse(earlier));
            }

            var activity = Stamp(read.Activity, request, conversation);
            if (conversation.TryAppendFromUser(activity, time.GetUtcNow()) is not { } id)
            {
                // Refused before the turn runs, so nothing is half-done: no reply is lost, no state changes.
                return ErrorResponse.Result(
                    StatusCodes.Status409Conflict,
                    "This chat has reached its length limit. Please start a new chat to carry on. If you're in danger right now, call 999.");
            }

            if (clientActivityId is not null)
            {
                conversation.RememberClientActivity(clientActivityId, id);
            }

            var replies = conversation.End;
            if (await adapter.ProcessActivityAsync(conversation, activity with { Id = id }, bot.OnTurnAsync, cancellationToken))
            {
                // "Forget me": drop the transcript but this turn's replies, so the "forgotten" message still reaches
                // the user; the first read after this (or the sweeper, a minute on) removes the conversation.
                conversation.Forget(replies, time.GetUtcNow());
            }

            return TypedResults.Ok(new ResourceResponse(id));
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    private static async Task StreamAsync(
        HttpContext context, string conversationId, string? t, string? watermark, DirectLineConversationStore store, DirectLineTokenService tokens)
    {
        var from = ClientWatermark(watermark);
        var access = await AuthorizeAsync(context.Request, conversationId, store, tokens, t, clientWatermark: from);
        if (access.Error is not null)
        {
            await access.Error.ExecuteAsync(context);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await ErrorResponse.Result(StatusCodes.Status400BadRequest, "This address takes a WebSocket connection.").ExecuteAsync(context);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await new DirectLineStream(access.Conversation!, socket).RunAsync(from ?? 0, context.RequestAborted);
        ForgetIfAsked(access.Conversation!, store);
    }

    // Once the user has been able to read the "forgotten" reply, the conversation and its token are done.
    private static void ForgetIfAsked(DirectLineConversation conversation, DirectLineConversationStore store)
    {
        if (conversation.ForgottenAt is not null)
        {
            store.Remove(conversation.Id);
        }
    }

    // Web Chat names each post in channelData.clientActivityID; other clients may set the activity's id.
    private static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is JsonElement { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var clientId) && clientId.ValueKind == JsonValueKind.String
        && clientId.GetString() is { Length: > 0 } fromChannelData
            ? fromChannelData
            : activity.Id is { Length: > 0 } id ? id : null;

    // The server, not the client, says where an activity comes from and how replies are delivered (always into the transcript).
    private static Activity Stamp(Activity activity, HttpRequest request, DirectLineConversation conversation) => activity with
    {
        ChannelId = Channels.DirectLine,
        ServiceUrl = $"{request.Scheme}://{request.Host}{BasePath}",
        Conversation = new ConversationAccount(conversation.Id),
        From = new ChannelAccount(conversation.UserId, activity.From?.Name) { Role = "user" },
        Recipient = BotAccount(request),
        CallerId = null,
        DeliveryMode = null,
    };

    private static ChannelAccount BotAccount(HttpRequest request)
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        return new ChannelAccount(options.BotId, options.BotName) { Role = "bot" };
    }

    // Where the client says it is in the transcript; null when it did not say (or said nonsense).
    private static long? ClientWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    // live: the request would carry the conversation on (post, refresh, start), which a forgotten conversation refuses;
    // reading what is left of it (its final reply) is still allowed until the store removes it.
    private static async Task<DirectLineAccess> AuthorizeAsync(
        HttpRequest request, string? conversationId, DirectLineConversationStore store, DirectLineTokenService tokens, string? queryToken = null,
        bool live = false, long? clientWatermark = null)
    {
        var maxIdLength = request.HttpContext.RequestServices.GetRequiredService<IOptions<BotOptions>>().Value.MaxConversationIdLength;
        if (conversationId is not null && ConversationIdRule.Problem(conversationId, maxIdLength) is { } idProblem)
        {
            return DirectLineAccess.Refused(StatusCodes.Status400BadRequest, idProblem);
        }

        var header = request.Headers.Authorization.ToString();
        var raw = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : queryToken;
        if (string.IsNullOrEmpty(raw))
        {
            return DirectLineAccess.Refused(StatusCodes.Status401Unauthorized, "A Direct Line token is required (Authorization: Bearer).");
        }

        var token = tokens.Validate(raw);
        if (token is null)
        {
            return DirectLineAccess.Refused(StatusCodes.Status403Forbidden, "The token has expired or is not valid. Start a new chat.");
        }

        if (conversationId is not null && !string.Equals(conversationId, token.ConversationId, StringComparison.Ordinal))
        {
            return DirectLineAccess.Refused(StatusCodes.Status403Forbidden, "The token is for another conversation.");
        }

        var conversation = store.Find(token.ConversationId);
        if (conversation?.FinalReplyRead == true)
        {
            // Forgotten and its last reply delivered (a stream may still be closing): gone for every request from now.
            store.Remove(conversation.Id);
            conversation = null;
        }
        else if (conversation is null)
        {
            // Started on another instance (which may have stopped): carry it on here while its state lives.
            conversation = await store.AdoptAsync(token, clientWatermark, request.HttpContext.RequestAborted);
        }

        return conversation is null || (live && conversation.ForgottenAt is not null)
            ? DirectLineAccess.Refused(StatusCodes.Status404NotFound, "This conversation has ended. Start a new chat.")
            : new DirectLineAccess(conversation, null);
    }

    private sealed record DirectLineAccess(DirectLineConversation? Conversation, IResult? Error)
    {
        public static DirectLineAccess Refused(int status, string reason) => new(null, ErrorResponse.Result(status, reason));
    }
}
