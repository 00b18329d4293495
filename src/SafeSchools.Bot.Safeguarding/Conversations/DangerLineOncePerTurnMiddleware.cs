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

        // A reply held back and sent later (the bot sends a turn's replies once its state is saved) passes here twice,
        // as a new copy: it is known by its text. When in doubt the line stays: more 999 lines, never fewer.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        turnContext.OnSendActivities((_, activities, send) =>
        {
            for (var i = 0; i < activities.Count; i++)
            {
                if (activities[i] is not { Type: ActivityTypes.Message } activity)
                {
                    continue;
                }

                var cards999 = activity.Attachments?.Any(a => a.Content is HeroCard { Text: { } card } && card.Contains("999", StringComparison.Ordinal)) == true;
                if (activity.Text is not { } text || !seen.Add(text))
                {
                    said |= cards999;
                    continue;
                }

                if (said && WithoutDangerLine(text) is { Length: > 0 } shorter && shorter != text)
                {
                    activities[i] = activity with { Text = shorter };
                    seen.Add(shorter);
                }

                said |= cards999 || text.Contains("999", StringComparison.Ordinal);
            }

            return send();
        });
        return next(cancellationToken);
    }

    /// <summary>The text without the standard danger lines.</summary>
    public static string WithoutDangerLine(string text) => DangerLine().Replace(text, string.Empty).Trim();

    [GeneratedRegex(@"(\*\*)?If you(’|')re in danger right now, call (\*\*)?999(\*\*)?\.?(\*\*)?[ \t]*(\r?\n)*|(\*\*)?If you think a child is in immediate danger, call the police on 999\.(\*\*)?[ \t]*(\r?\n)*")]
    private static partial Regex DangerLine();
}
