using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>Names the topic flow a message is clearly about (e.g. "bullying"), or null when it is not clear.</summary>
/// <param name="understood">What understanding made of the turn's message.</param>
public delegate string? TopicDetector(RecognizerResult understood);
