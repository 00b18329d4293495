namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>A category a message raised, and the first rule that raised it (for officers checking why).</summary>
/// <param name="Category">The category id.</param>
/// <param name="Certainty">Certain, or uncertain (ask first).</param>
/// <param name="Rule">The rule that matched, or null when a pattern timed out and the category was raised to be safe.</param>
public sealed record AlertMatch(string Category, AlertCertainty Certainty, AlertRule? Rule);
