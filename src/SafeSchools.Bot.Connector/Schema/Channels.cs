namespace SafeSchools.Bot.Connector.Schema;

/// <summary>Channel ids this bot treats specially. Channel ids are compared ordinally.</summary>
public static class Channels
{
    /// <summary>Bot Framework Emulator.</summary>
    public const string Emulator = "emulator";

    /// <summary>Direct Line.</summary>
    public const string DirectLine = "directline";

    /// <summary>Web Chat.</summary>
    public const string WebChat = "webchat";

    /// <summary>Microsoft Teams.</summary>
    public const string MsTeams = "msteams";

    /// <summary>The in-memory test channel.</summary>
    public const string Test = "test";

    /// <summary>
    /// Whether the channel shows trace activities (the Emulator's inspector does; every other channel drops them, as the
    /// Bot Framework adapters do), so a bot need not build one for any other.
    /// </summary>
    public static bool ShowsTraces(string? channelId) => string.Equals(channelId, Emulator, StringComparison.Ordinal);
}
