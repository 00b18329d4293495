using Microsoft.Extensions.Options;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Authentication;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Hosting;

namespace SafeSchools.Bot.Endpoints;

/// <summary><c>/api/messages</c>: where Bot Framework channels and the Emulator post activities.</summary>
internal static class MessagesApi
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync);
        app.MapMethods(Path, ["GET", "PUT", "PATCH", "DELETE"], () => ErrorResponse.Result(StatusCodes.Status405MethodNotAllowed, "Only POST is accepted here."));
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request, CloudAdapter adapter, IBot bot, IOptions<BotOptions> options, CancellationToken cancellationToken)
    {
        var read = await ActivityRequestReader.ReadAsync(request, options.Value, cancellationToken);
        if (read.Refused && !read.TextTooLong)
        {
            return ErrorResponse.Result(read.StatusCode, read.Reason!);
        }

        var activity = read.Activity!;
        if (ChannelActivityCheck.Problem(activity, options.Value.MaxConversationIdLength) is { } problem)
        {
            return ErrorResponse.Result(StatusCodes.Status400BadRequest, problem);
        }

        // A channel (Teams) shows its user nothing of a 413: a message over the limit is answered on its first part instead,
        // with a note saying so first.
        BotCallbackHandler turn = bot.OnTurnAsync;
        if (read.TextTooLong)
        {
            var maxLength = options.Value.MaxMessageLength;
            var cut = char.IsHighSurrogate(activity.Text![maxLength - 1]) ? maxLength - 1 : maxLength;
            activity = activity with { Text = activity.Text[..cut] };
            turn = async (context, token) =>
            {
                await context.SendActivityAsync(Activity.CreateMessage(LongMessageNote(maxLength)), token);
                await bot.OnTurnAsync(context, token);
            };
        }

        try
        {
            var response = await adapter.ProcessActivityAsync(request.Headers.Authorization, activity, turn, cancellationToken);
            return response is null
                ? TypedResults.Ok()
                : new ActivityJsonResult(response.Body, response.Status);
        }
        catch (UnauthorizedAccessException)
        {
            return ErrorResponse.Result(StatusCodes.Status401Unauthorized, "The request is not authorised for this bot.");
        }
        catch (AuthenticationUnavailableException unavailable)
        {
            // The signing keys can't be fetched: the bot's fault, not the caller's. Logged once per outage by the authenticator.
            return new RetryLaterResult(
                StatusCodes.Status503ServiceUnavailable, "The bot can't check tokens right now; try again later.", unavailable.RetryAfter);
        }
    }

    private static string LongMessageNote(int maxLength) =>
        $"That was a long message, so I read the first {maxLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters. If there's more, you can send it in another message.";
}
