namespace SafeSchools.Bot.Logging;

/// <summary>
/// Makes a field a client chose (an activity's type or channel id) safe to write into a log line: anything but
/// letters, digits and <c>-_.:/@</c> becomes '?', so no newline, escape or bidi character can forge or hide a line,
/// and it is cut to <see cref="MaxLength"/> characters.
/// </summary>
internal static class LogField
{
    public const int MaxLength = 40;

    public static string Safe(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "(none)";
        }

        var shown = value.Length > MaxLength ? value[..MaxLength] : value;
        var safe = string.Create(shown.Length, shown, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = IsPlain(source[i]) ? source[i] : '?';
            }
        });
        return value.Length > MaxLength ? safe + "..." : safe;
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/' or '@';
}
