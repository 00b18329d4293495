using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

/// <summary>Reads a turn's replies the way a user would: all the text, the buttons offered, the cards shown.</summary>
internal static class Transcript
{
    public static string AllText(this IEnumerable<Activity> replies) =>
        string.Join("\n", replies.SelectMany(r => new[] { r.Text }.Concat(r.Cards().Select(c => c.Title + "\n" + c.Text))).Where(t => !string.IsNullOrEmpty(t)));

    public static IReadOnlyList<string> Buttons(this IEnumerable<Activity> replies) =>
        replies.LastOrDefault(r => r.SuggestedActions is not null)?.SuggestedActions!.Actions.Select(a => a.Title!).ToList()
        ?? replies.SelectMany(r => r.Cards()).Where(c => c.Title is null).SelectMany(c => c.Buttons ?? []).Select(b => b.Title!).ToList();

    public static IEnumerable<HeroCard> Cards(this Activity activity) =>
        (activity.Attachments ?? []).Select(a => a.Content).OfType<HeroCard>();

    public static IEnumerable<HeroCard> Cards(this IEnumerable<Activity> replies) => replies.SelectMany(r => r.Cards());
}
