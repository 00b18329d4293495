using System.Diagnostics.CodeAnalysis;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Endpoints;

/// <summary>
/// An activity read from a request, or the 4xx status and reason it was refused with. A message whose text is over the
/// limit is refused (413) with its activity kept in <see cref="Activity"/>, so a caller that can answer it (a channel,
/// whose user would otherwise see nothing) may still do so.
/// </summary>
internal sealed record ActivityReadResult(Activity? Activity, int StatusCode, string? Reason)
{
    /// <summary>Whether the request was refused (then <see cref="Reason"/> says why).</summary>
    [MemberNotNullWhen(false, nameof(Activity))]
    public bool Refused => StatusCode != StatusCodes.Status200OK;

    /// <summary>Whether the only problem is a message text over the length limit.</summary>
    public bool TextTooLong { get; private init; }

    public static ActivityReadResult Success(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Failure(int statusCode, string reason) => new(null, statusCode, reason);

    public static ActivityReadResult TooLong(Activity activity, string reason) =>
        new(activity, StatusCodes.Status413PayloadTooLarge, reason) { TextTooLong = true };
}
