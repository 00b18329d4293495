using System.Text.RegularExpressions;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Finds phone numbers, web addresses, email addresses, opening times and unsafe image advice in user-facing text.</summary>
public static partial class TextScanner
{
    /// <summary>Finds web addresses (with or without https://), trimming trailing punctuation.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Each address found.</returns>
    public static IEnumerable<TextMatch> Urls(string text)
    {
        var withoutEmails = EmailPattern().Replace(text, m => new string(' ', m.Length));
        foreach (Match match in UrlPattern().Matches(withoutEmails))
        {
            yield return new TextMatch(match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"', '*', '_'), LineOf(text, match.Index));
        }
    }

    /// <summary>Finds email addresses.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Each address found.</returns>
    public static IEnumerable<TextMatch> Emails(string text)
    {
        foreach (Match match in EmailPattern().Matches(text))
        {
            yield return new TextMatch(match.Value.TrimEnd('.'), LineOf(text, match.Index));
        }
    }

    /// <summary>Finds phone numbers and SMS short codes: runs of 3 or more digits, single spaces allowed between them. Years (1900-2099) are skipped.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Each number found, as written.</returns>
    public static IEnumerable<TextMatch> PhoneNumbers(string text)
    {
        var blanked = EmailPattern().Replace(text, m => new string(' ', m.Length));
        blanked = UrlPattern().Replace(blanked, m => new string(' ', m.Length));
        foreach (Match match in PhonePattern().Matches(blanked))
        {
            var digits = NormalisePhone(match.Value);
            if (digits.Length == 4 && (digits.StartsWith("19", StringComparison.Ordinal) || digits.StartsWith("20", StringComparison.Ordinal)))
            {
                continue;
            }

            yield return new TextMatch(match.Value, LineOf(text, match.Index));
        }
    }

    /// <summary>Normalises a phone number for comparison: digits only, +44 becomes 0.</summary>
    /// <param name="number">The number as written.</param>
    /// <returns>The digits.</returns>
    public static string NormalisePhone(string number)
    {
        var digits = new string(number.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        if (digits.StartsWith("+44", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }

        return digits.Replace("+", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Normalises a web address for comparison: lower case, no scheme, no "www.", no trailing slash.</summary>
    /// <param name="url">The address.</param>
    /// <returns>The normalised address.</returns>
    public static string NormaliseUrl(string url)
    {
        var value = url.Trim().ToLowerInvariant();
        foreach (var prefix in new[] { "https://", "http://" })
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                value = value[prefix.Length..];
            }
        }

        if (value.StartsWith("www.", StringComparison.Ordinal))
        {
            value = value[4..];
        }

        return value.TrimEnd('/');
    }

    /// <summary>The host part of a normalised address.</summary>
    /// <param name="normalisedUrl">An address from <see cref="NormaliseUrl"/>.</param>
    /// <returns>The host.</returns>
    public static string HostOf(string normalisedUrl)
    {
        var slash = normalisedUrl.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? normalisedUrl : normalisedUrl[..slash];
    }

    /// <summary>Finds wording that gives opening times: clock times, days of the week, "open from/until".</summary>
    /// <param name="text">The text.</param>
    /// <returns>Each piece of wording found.</returns>
    public static IEnumerable<TextMatch> OpeningTimes(string text)
    {
        foreach (Match match in OpeningTimesPattern().Matches(text))
        {
            yield return new TextMatch(match.Value, LineOf(text, match.Index));
        }
    }

    /// <summary>Finds round-the-clock claims ("24/7", "24 hours") in a sentence that also names <paramref name="name"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">A service's name.</param>
    /// <returns>Each sentence found.</returns>
    public static IEnumerable<TextMatch> AlwaysOpenClaimsAbout(string text, string name)
    {
        foreach (var (sentence, index) in Sentences(text, clauses: false))
        {
            if (sentence.Contains(name, StringComparison.OrdinalIgnoreCase) && AlwaysOpenPattern().IsMatch(sentence))
            {
                yield return new TextMatch(sentence.Trim(), LineOf(text, index));
            }
        }
    }

    /// <summary>
    /// Finds clauses that tell someone to screenshot, save or forward an image/nude without a negation
    /// ("don't", "never", "not") in the same clause. Clauses are split at . ! ? ; ( ) and dashes, not at commas.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>Each clause found.</returns>
    public static IEnumerable<TextMatch> UnsafeImageAdvice(string text)
    {
        foreach (var (clause, index) in Sentences(text, clauses: true))
        {
            if (KeepActionPattern().IsMatch(clause) && ImageWordPattern().IsMatch(clause) && !NegationPattern().IsMatch(clause))
            {
                yield return new TextMatch(clause.Trim(), LineOf(text, index));
            }
        }
    }

    /// <summary>True when the text carries the immediate-danger line: "call 999" and "danger".</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether the 999 line is present.</returns>
    public static bool HasDangerLine(string text) =>
        text.Contains("call 999", StringComparison.OrdinalIgnoreCase) && text.Contains("danger", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(string Text, int Index)> Sentences(string text, bool clauses)
    {
        var pattern = clauses ? ClauseBreakPattern() : SentenceBreakPattern();
        var start = 0;
        foreach (Match match in pattern.Matches(text))
        {
            yield return Trimmed(text, start, match.Index);
            start = match.Index + match.Length;
        }

        yield return Trimmed(text, start, text.Length);
    }

    private static (string Text, int Index) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return (text[start..end], start);
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n');

    [GeneratedRegex(@"(?<![\w@.\-/])(?:https?://[^\s<>()\[\]""]+|(?:[a-z0-9-]+\.)+(?:co\.uk|org\.uk|gov\.uk|police\.uk|nhs\.uk|ac\.uk|uk|org|com|net|info|io)(?![\w-])(?:/[^\s<>()\[\]""]*)?)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\w.,/+-])\+?\d(?:[ \u00A0]?\d){2,}(?![\w/]|[.,]\d)")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays?|weekends?|bank holidays?)\b|\bopen(?:s|ing)?\s+(?:from|until|till|between|every)\b|\b(?:opening hours|opening times are)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningTimesPattern();

    [GeneratedRegex(@"24\s*/\s*7|24[ -]hours?|round the clock|day or night|any time of (?:the )?day", RegexOptions.IgnoreCase)]
    private static partial Regex AlwaysOpenPattern();

    [GeneratedRegex(@"\b(?:screen[ -]?shots?|screen[ -]?shotting|screen[ -]?grabs?|screen[ -]?record\w*|sav(?:e|es|ed|ing)|forward\w*|copy|copies|download\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeepActionPattern();

    [GeneratedRegex(@"\b(?:nudes?|naked|images?|photos?|pics?|pictures?|videos?|selfies?|sexts?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImageWordPattern();

    [GeneratedRegex(@"\b(?:don['’]?t|do not|never|not|no)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegationPattern();

    [GeneratedRegex(@"[.!?;:]\s|[()\u2013\u2014]|\n\s*\n|\n\s*[-*]\s")]
    private static partial Regex ClauseBreakPattern();

    [GeneratedRegex(@"[.!?]\s|\n\s*\n|\n\s*[-*]\s")]
    private static partial Regex SentenceBreakPattern();
}
