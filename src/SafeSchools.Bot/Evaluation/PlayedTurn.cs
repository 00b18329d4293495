namespace SafeSchools.Bot.Evaluation;

/// <summary>What one scripted turn got back, and how it scored.</summary>
/// <param name="ConversationId">The conversation's id.</param>
/// <param name="Sent">What was sent (the typed text, or the pressed button's text); null when the button was missing.</param>
/// <param name="Typed">Whether the person typed (rather than pressed a button).</param>
/// <param name="FellBack">Whether the bot fell back: a miss, an "I didn't understand", the last question repeated, no reply or a 5xx.</param>
/// <param name="Met">Expectations that held.</param>
/// <param name="Failed">Expectations that did not.</param>
/// <param name="MessagesWith999">Reply messages that carry "999".</param>
/// <param name="Words">Words in the reply (text, cards and buttons).</param>
/// <param name="ReplyText">The reply's text, for reports.</param>
/// <param name="Listened">Whether the bot, unable to place the message, answered with what matters most in the person's topic.</param>
internal sealed record PlayedTurn(
    string ConversationId,
    string? Sent,
    bool Typed,
    bool FellBack,
    IReadOnlyList<string> Met,
    IReadOnlyList<string> Failed,
    int MessagesWith999,
    int Words,
    string ReplyText,
    bool Listened = false);
