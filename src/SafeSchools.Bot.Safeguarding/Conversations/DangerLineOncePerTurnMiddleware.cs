using System.Text.RegularExpressions;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// Shows the "call 999" line once per turn: after a message that mentions 999, the standard danger line is left out
/// of the turn's later messages (an alert reply followed by a flow's first card says it once, not three times). When
/// everything shouts, nothing does. Other mentions of 999 (how to call it silently) are advice and stay.
/// </summary>
public sealed partial class DangerLineOncePerTurnMiddleware : IMiddleware
{
    /// <inheritdoc />
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var said = false;

        // A turn run again after a storage conflict sends equal copies (activities are records) of the replies it
        // discarded, after they were counted here: those are only counted again, so the run again says what the first would have.
        var passed = new HashSet<Activity>();
        turnContext.OnSendActivities((_, activities, send) =>
        {
            for (var i = 0; i < activities.Count; i++)
            {
                if (activities[i] is not { Type: ActivityTypes.Message } activity)
                {
                    continue;
                }

                if (!passed.Contains(activity))
                {
                    if (said && IsOnlyTheDangerLine(activity))
                    {
                        // A message that would only repeat the line ("call 999" before a topic's advice, just after a check said it).
                        activities.RemoveAt(i--);
                        continue;
                    }

                    activity = WithoutRepeats(activity, said);
                    passed.Add(activity);
                    activities[i] = activity;
                }

                said |= Carries999(activity.Text) || Cards(activity).Any(Carries999);
            }

            return send();
        });
        return next(cancellationToken);
    }

    // After 999 has been said this turn, a message's danger line is left out, and so is its cards' once its text says 999.
    private static Activity WithoutRepeats(Activity activity, bool said)
    {
        if (said && activity.Text is { } text && WithoutDangerLine(text) is { Length: > 0 } shorter && shorter != text)
        {
            activity = activity with { Text = shorter };
        }

        if ((said || Carries999(activity.Text)) && activity.Attachments is { Count: > 0 } attachments)
        {
            // A contact card's "if a child is in immediate danger, call 999" repeats what the turn already said.
            activity = activity with { Attachments = [.. attachments.Select(WithoutDangerLine)] };
        }

        return activity;
    }

    private static bool IsOnlyTheDangerLine(Activity activity) =>
        activity is { Text: { Length: > 0 } text, Attachments: null or { Count: 0 }, SuggestedActions: null } && WithoutDangerLine(text).Length == 0;

    private static IEnumerable<string> Cards(Activity activity) =>
        activity.Attachments?.Select(a => a.Content).OfType<HeroCard>().Select(card => card.Text).OfType<string>() ?? [];

    private static bool Carries999(string? text) => text?.Contains("999", StringComparison.Ordinal) == true;

    private static Attachment WithoutDangerLine(Attachment attachment) =>
        attachment.Content is HeroCard { Text: { } text } card && WithoutDangerLine(text) is var shorter && shorter != text
            ? attachment with { Content = card with { Text = shorter } }
            : attachment;

    /// <summary>The text without the standard danger lines.</summary>
    public static string WithoutDangerLine(string text) => DangerLine().Replace(text, string.Empty).Trim();

    // "If you're in danger right now, call 999.", "If a child is in danger right now, call 999.", "If their friend is in
    // danger right now, call 999.", "Call 999 too if you think a child is in immediate danger.": one short sentence
    // whose whole point is the 999 line.
    [GeneratedRegex(@"(\*\*)?(If [^.?!\n]{0,60}\bdanger\b[^.?!\n]{0,30}, call (the police on )?(\*\*)?999(\*\*)?\.?|Call 999 too if [^.?!\n]{0,60}\bdanger\.)(\*\*)?[ \t]*(\r?\n)*")]
    private static partial Regex DangerLine();
}
