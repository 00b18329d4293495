namespace SafeSchools.Bot.Connector.Schema;

/// <summary>Card action types.</summary>
public static class ActionTypes
{
    /// <summary>Sends the title (or value) as a visible message.</summary>
    public const string ImBack = "imBack";

    /// <summary>Sends the value as a hidden message.</summary>
    public const string PostBack = "postBack";

    /// <summary>Sends text and a value object; shows displayText.</summary>
    public const string MessageBack = "messageBack";

    /// <summary>Opens the URL in value.</summary>
    public const string OpenUrl = "openUrl";

    /// <summary>Calls the tel: URI in value.</summary>
    public const string Call = "call";
}
