namespace SafeSchools.Bot.Safeguarding.Routing;

/// <summary>A line the router got wrong, for the report.</summary>
/// <param name="Line">The line number in the evaluation file.</param>
/// <param name="Expected">The label on the line (a flow id, or <c>unsure</c>).</param>
/// <param name="Found">The flow chosen, or <c>unsure</c> with the best guess.</param>
/// <param name="Utterance">The message.</param>
public sealed record IntentMiss(int Line, string Expected, string Found, string Utterance);
