using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>
/// What the bot says when it could not work out what someone meant: a different warm wording each time, and after a
/// second miss in a row a human route instead of the same menu again.
/// </summary>
/// <param name="First">Wordings for a first miss, used in turn so the same one never comes twice in a row.</param>
/// <param name="Again">Said on a second miss in a row: a person to talk to.</param>
/// <param name="AgainServices">The services shown with <paramref name="Again"/>.</param>
public sealed record Fallbacks(ImmutableArray<ContentText> First, ContentText Again, ImmutableArray<string> AgainServices)
{
    /// <summary>Said to a question the bot has no answer for (instead of a guess): who else could answer it.</summary>
    public ContentText? UnknownQuestion { get; init; }

    /// <summary>Used when <c>answers.yaml</c> has no fallbacks (tests that build content by hand).</summary>
    public static Fallbacks Default { get; } = new(
        [new ContentText("I might have missed what you meant. Could you say it another way, or pick a topic below?", SourceLocation.StartOf(AnswersParser.FileName))],
        new ContentText("Sorry, I'm not getting this right. You can talk to a person at Childline, free, any time.", SourceLocation.StartOf(AnswersParser.FileName)),
        ["childline"]);

    /// <summary>The wording for the <paramref name="count"/>-th miss of the conversation (0-based), rotating.</summary>
    public ContentText FirstFor(int count) => First[((count % First.Length) + First.Length) % First.Length];
}
