namespace SafeSchools.Bot.Connector.Schema;

/// <summary>Delivery modes.</summary>
public static class DeliveryModes
{
    /// <summary>Replies are posted to the service URL.</summary>
    public const string Normal = "normal";

    /// <summary>Replies are sent as notifications.</summary>
    public const string Notification = "notification";

    /// <summary>Replies are returned in the HTTP response body.</summary>
    public const string ExpectReplies = "expectReplies";

    /// <summary>Replies are shown only to the sender.</summary>
    public const string Ephemeral = "ephemeral";
}
