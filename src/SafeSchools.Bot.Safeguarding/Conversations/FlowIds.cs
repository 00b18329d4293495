namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>The ids of the flows the bot itself relies on.</summary>
public static class FlowIds
{
    /// <summary>Who the bot is, privacy, and young person or parent.</summary>
    public const string Welcome = "welcome";

    /// <summary>The list of topics.</summary>
    public const string Menu = "menu";

    /// <summary>"I'm in danger now".</summary>
    public const string Emergency = "emergency";

    /// <summary>"I'm being bullied".</summary>
    public const string Bullying = "bullying";

    /// <summary>"Someone asked for images".</summary>
    public const string ImageRequest = "image-request";

    /// <summary>"I'm worried about my child".</summary>
    public const string WorriedParent = "worried-parent";

    /// <summary>The flows a first message can be routed to.</summary>
    public static IReadOnlyList<string> Topics { get; } = [Bullying, ImageRequest, WorriedParent];
}
