namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>Names the topic flow a message is clearly about (e.g. "bullying"), or null when it is not clear.</summary>
/// <param name="text">What the user typed.</param>
public delegate string? TopicDetector(string? text);
