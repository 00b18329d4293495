namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>How to contact a service by SMS text message.</summary>
/// <param name="To">The number or short code to text, e.g. <c>85258</c>.</param>
/// <param name="Message">What to text, e.g. <c>SHOUT</c>, or how to use the text route.</param>
public sealed record ServiceText(string To, string Message);
