using System.Text;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// One stored value: its JSON and the ETag that guards it against lost updates. The JSON is held as the store and the
/// state hand it over, as text or as UTF-8 bytes, and converted only when asked for in the other form.
/// </summary>
public sealed record StoreItem
{
    /// <summary>The ETag that overwrites unconditionally.</summary>
    public const string AnyETag = "*";

    private readonly string? _json;
    private readonly ReadOnlyMemory<byte> _utf8Json;

    /// <summary>An item holding <paramref name="json"/> as text.</summary>
    /// <param name="json">The value as JSON text.</param>
    /// <param name="eTag">See <see cref="ETag"/>.</param>
    public StoreItem(string json, string? eTag = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        _json = json;
        ETag = eTag;
    }

    /// <summary>An item holding <paramref name="utf8Json"/>, which it keeps: the bytes must not change afterwards.</summary>
    /// <param name="utf8Json">The value as UTF-8 JSON.</param>
    /// <param name="eTag">See <see cref="ETag"/>.</param>
    public StoreItem(ReadOnlyMemory<byte> utf8Json, string? eTag = null)
    {
        _utf8Json = utf8Json;
        ETag = eTag;
    }

    /// <summary>The value as JSON text (decoded on each call when the item holds UTF-8).</summary>
    public string Json
    {
        get => _json ?? Encoding.UTF8.GetString(_utf8Json.Span);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _json = value;
            _utf8Json = default;
        }
    }

    /// <summary>The value as UTF-8 JSON (encoded on each call when the item holds text).</summary>
    public ReadOnlyMemory<byte> Utf8Json
    {
        get => _json is null ? _utf8Json : Encoding.UTF8.GetBytes(_json);
        init
        {
            _utf8Json = value;
            _json = null;
        }
    }

    /// <summary>
    /// On read, the stored version. On write, the version the writer last read: <c>null</c> for "must not exist yet",
    /// <c>"*"</c> for "overwrite whatever is there".
    /// </summary>
    public string? ETag { get; init; }
}
