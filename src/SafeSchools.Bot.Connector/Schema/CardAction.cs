namespace SafeSchools.Bot.Connector.Schema;

/// <summary>A button on a card or a suggested action.</summary>
/// <param name="Type">The action type (see <see cref="ActionTypes"/>).</param>
/// <param name="Title">The button text.</param>
public sealed record CardAction(string Type, string? Title = null)
{
    /// <summary>An icon URL.</summary>
    public string? Image { get; init; }

    /// <summary>Alternative text for the icon.</summary>
    public string? ImageAltText { get; init; }

    /// <summary>The text sent by messageBack.</summary>
    public string? Text { get; init; }

    /// <summary>The text shown in the feed by messageBack.</summary>
    public string? DisplayText { get; init; }

    /// <summary>The value: a string for imBack, postBack, openUrl and call; an object for messageBack.</summary>
    public object? Value { get; init; }

    /// <summary>Channel-specific data.</summary>
    public object? ChannelData { get; init; }

    /// <summary>An imBack button that sends <paramref name="title"/>.</summary>
    public static CardAction ImBack(string title) => new(ActionTypes.ImBack, title) { Value = title };

    /// <summary>A button that opens <paramref name="url"/>.</summary>
    public static CardAction OpenUrl(string title, string url) => new(ActionTypes.OpenUrl, title) { Value = url };

    /// <summary>A button that calls <paramref name="phoneNumber"/> (a tel: URI is built from it).</summary>
    public static CardAction Call(string title, string phoneNumber) =>
        new(ActionTypes.Call, title) { Value = "tel:" + new string(phoneNumber.Where(c => char.IsDigit(c) || c == '+').ToArray()) };
}
