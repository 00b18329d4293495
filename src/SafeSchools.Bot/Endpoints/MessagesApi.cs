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
        if (read.Activity is null)
        {
            return ErrorResponse.Result(read.StatusCode, read.Reason!);
        }

        if (ChannelActivityCheck.Problem(read.Activity, options.Value.MaxConversationIdLength) is { } problem)
        {
            return ErrorResponse.Result(StatusCodes.Status400BadRequest, problem);
        }

        try
        {
            var response = await adapter.ProcessActivityAsync(request.Headers.Authorization, read.Activity, bot.OnTurnAsync, cancellationToken);
            return response is null
                ? TypedResults.Ok()
                : TypedResults.Json(response.Body, BotJson.Options, statusCode: response.Status);
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
}
