namespace SafeSchools.Bot.Dialogs;

/// <summary>One stored value: its JSON text and the ETag that guards it against lost updates.</summary>
/// <param name="Json">The value as JSON text.</param>
/// <param name="ETag">
/// On read, the stored version. On write, the version the writer last read: <c>null</c> for "must not exist yet",
/// <c>"*"</c> for "overwrite whatever is there".
/// </param>
public sealed record StoreItem(string Json, string? ETag = null)
{
    /// <summary>The ETag that overwrites unconditionally.</summary>
    public const string AnyETag = "*";
}
