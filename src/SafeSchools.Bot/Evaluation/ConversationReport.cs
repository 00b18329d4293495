using System.Globalization;
using System.Text;

namespace SafeSchools.Bot.Evaluation;

/// <summary>The figures of a played conversation set, as a user would notice them.</summary>
internal sealed class ConversationReport(string name, int conversations, IReadOnlyList<PlayedTurn> turns)
{
    public string Name { get; } = name;

    public int Conversations { get; } = conversations;

    public IReadOnlyList<PlayedTurn> Turns { get; } = turns;

    public int TypedTurns => Turns.Count(t => t.Typed);

    public int FallBacks => Turns.Count(t => t.Typed && t.FellBack);

    public int Listened => Turns.Count(t => t.Typed && t.Listened);

    public double FallbackRate => TypedTurns == 0 ? 0 : (double)FallBacks / TypedTurns;

    public int Expectations => Turns.Sum(t => t.Met.Count + t.Failed.Count);

    public int ExpectationsMet => Turns.Sum(t => t.Met.Count);

    public double ExpectationRate => Expectations == 0 ? 1 : (double)ExpectationsMet / Expectations;

    public double Mean999 => Turns.Count == 0 ? 0 : Turns.Average(t => t.MessagesWith999);

    public int Max999 => Turns.Count == 0 ? 0 : Turns.Max(t => t.MessagesWith999);

    public int WordsP90 => Percentile(0.9);

    /// <summary>The summary line, then (when <paramref name="details"/>) every fallback and failed expectation.</summary>
    public string Format(bool details)
    {
        var text = new StringBuilder();
        if (details)
        {
            foreach (var turn in Turns.Where(t => t.Typed && t.FellBack))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  fell back [{turn.ConversationId}] \"{turn.Sent}\" -> {Shorten(turn.ReplyText)}");
            }

            foreach (var turn in Turns.Where(t => t.Typed && t.Listened))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  listened [{turn.ConversationId}] \"{turn.Sent}\" -> {Shorten(turn.ReplyText)}");
            }

            foreach (var turn in Turns.Where(t => t.Failed.Count > 0))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  failed [{turn.ConversationId}] \"{turn.Sent}\": {string.Join(' ', turn.Failed)} -> {Shorten(turn.ReplyText)}");
            }

            foreach (var turn in Turns.Where(t => t.MessagesWith999 > 1))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  999 in {turn.MessagesWith999} messages [{turn.ConversationId}] \"{turn.Sent}\" -> {Shorten(turn.ReplyText)}");
            }
        }

        text.Append(CultureInfo.InvariantCulture,
            $"{Name}: {Conversations} conversations; fell back on {FallBacks}/{TypedTurns} typed turns ({FallbackRate:P1}); " +
            $"answered with the topic's key points on {Listened}; " +
            $"expectations {ExpectationsMet}/{Expectations} ({ExpectationRate:P1}); messages with 999 per turn mean {Mean999:0.00} max {Max999}; " +
            $"words per turn p90 {WordsP90} max {(Turns.Count == 0 ? 0 : Turns.Max(t => t.Words))}");
        return text.ToString();
    }

    private int Percentile(double p)
    {
        var words = Turns.Select(t => t.Words).Order().ToList();
        return words.Count == 0 ? 0 : words[Math.Min(words.Count - 1, (int)Math.Floor(words.Count * p))];
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 140 ? flat : flat[..137] + "...";
    }
}
