using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Endpoints;

/// <summary>An activity read from a request, or the 4xx status and reason it was refused with.</summary>
internal sealed record ActivityReadResult(Activity? Activity, int StatusCode, string? Reason)
{
    public static ActivityReadResult Success(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Failure(int statusCode, string reason) => new(null, statusCode, reason);
}
