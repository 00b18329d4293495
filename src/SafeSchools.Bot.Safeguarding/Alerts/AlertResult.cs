namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>What the detector found in one message.</summary>
/// <param name="Matches">The categories raised, in priority order (immediate-danger first); empty when nothing was found.</param>
/// <param name="Replies">
/// The markdown to send before anything else: each certain category's reply in priority order, or, when every
/// match is uncertain, the clarifying question of the highest-priority one. Empty when nothing was found.
/// </param>
public sealed record AlertResult(IReadOnlyList<AlertMatch> Matches, IReadOnlyList<string> Replies)
{
    /// <summary>No alert.</summary>
    public static AlertResult None { get; } = new([], []);

    /// <summary>Whether any category was raised.</summary>
    public bool IsAlert => Matches.Count > 0;

    /// <summary>The highest-priority category raised, or null.</summary>
    public string? Category => Matches.Count > 0 ? Matches[0].Category : null;

    /// <summary>Certain when any match is certain; null when nothing was found.</summary>
    public AlertCertainty? Certainty =>
        Matches.Count == 0 ? null : Matches.Any(m => m.Certainty == AlertCertainty.Certain) ? AlertCertainty.Certain : AlertCertainty.Uncertain;

    /// <summary>Whether the bot should ask the clarifying question (every match uncertain) rather than end the conversation.</summary>
    public bool NeedsClarifying => Certainty == AlertCertainty.Uncertain;

    /// <summary>
    /// What the patterns found in a message that talks about a risk rather than disclosing one ("we had an assembly on
    /// knife crime"): not raised, because there the patterns leave the decision to the trained model. Shown to officers
    /// checking why.
    /// </summary>
    public IReadOnlyList<AlertMatch> Deferred { get; init; } = [];

    /// <summary>Whether <paramref name="category"/> was raised.</summary>
    public bool Raised(string category) => Matches.Any(m => m.Category == category);
}
