using System.Text;
using System.Text.RegularExpressions;

namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>
/// Measures how long and how hard a message is: words, sentences, syllables and the Flesch-Kincaid grade. Markdown
/// (emphasis, headings, list markers, link targets, code marks) and web addresses, bare sites and emails are removed
/// first; a link keeps its text. Sentences end at <c>.</c>, <c>!</c> or <c>?</c> (not after e.g., i.e., Mr, Mrs, Ms, Dr,
/// vs), at a blank line, and at the end of every bullet or numbered line, so a heading or a bullet without a full stop
/// is still a sentence. Deterministic: the same text always gives the same figures.
/// </summary>
public static partial class ReadabilityMeter
{
    private static readonly string[] Abbreviations = ["e.g", "i.e", "mr", "mrs", "ms", "dr", "vs", "etc"];

    /// <summary>Measures one message as written (markdown).</summary>
    /// <param name="markdown">The message.</param>
    /// <returns>Its words, sentences and syllables; <see cref="TextMeasure.Grade"/> gives the grade.</returns>
    public static TextMeasure Measure(string markdown)
    {
        var sentences = Sentences(markdown);
        var words = sentences.SelectMany(Words).ToList();
        return new TextMeasure(words.Count, sentences.Count, words.Sum(SyllableCounter.Count));
    }

    /// <summary>The Flesch-Kincaid grade: 0.39 × words/sentences + 11.8 × syllables/words − 15.59; 0 when there are no words.</summary>
    /// <param name="words">Words.</param>
    /// <param name="sentences">Sentences (at least 1 is assumed when there are words).</param>
    /// <param name="syllables">Syllables.</param>
    /// <returns>The grade.</returns>
    public static double Grade(int words, int sentences, int syllables) =>
        words == 0 ? 0 : (0.39 * words / Math.Max(1, sentences)) + (11.8 * syllables / words) - 15.59;

    /// <summary>The sentences of a message, as plain text without markdown or web addresses; none without words.</summary>
    /// <param name="markdown">The message as written.</param>
    /// <returns>The sentences in order.</returns>
    public static IReadOnlyList<string> Sentences(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return [.. Blocks(markdown).SelectMany(SplitSentences).Where(s => Words(s).Count > 0)];
    }

    /// <summary>The words of plain text: runs of letters and digits, joined by apostrophes, hyphens or dots (it's, 1-2-1, e.g).</summary>
    /// <param name="text">Plain text.</param>
    /// <returns>The words in order.</returns>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. WordPattern().Matches(text).Select(m => m.Value)];
    }

    /// <summary>A line without markdown marks and web addresses: what a reader actually reads.</summary>
    /// <param name="line">One line of markdown (its list marker already removed).</param>
    /// <returns>The plain text.</returns>
    public static string PlainLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = MarkdownLink().Replace(line, "$1");
        text = WebAddress().Replace(text, string.Empty);
        text = Heading().Replace(text, string.Empty);
        return Emphasis().Replace(text, string.Empty).Trim();
    }

    // Paragraphs, headings and bullet lines, each ending a sentence. A bullet's indented continuation lines belong to it.
    private static List<string> Blocks(string markdown)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        var inBullet = false;
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var bullet = BulletMarker().Match(line);
            var alone = string.IsNullOrWhiteSpace(line) || Rule().IsMatch(line) || HeadingLine().IsMatch(line);
            if (alone || bullet.Success || (inBullet && !char.IsWhiteSpace(line[0])))
            {
                Flush(blocks, current);
                inBullet = bullet.Success;
            }

            current.Append(PlainLine(bullet.Success ? line[bullet.Length..] : line)).Append(' ');
            if (alone)
            {
                Flush(blocks, current);
            }
        }

        Flush(blocks, current);
        return blocks;
    }

    private static void Flush(List<string> blocks, StringBuilder current)
    {
        if (current.ToString().Trim() is { Length: > 0 } block)
        {
            blocks.Add(block);
        }

        current.Clear();
    }

    private static IEnumerable<string> SplitSentences(string block)
    {
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(block))
        {
            var candidate = block[start..(end.Index + end.Length)];
            if (!EndsWithAbbreviation(block[..end.Index]))
            {
                yield return candidate.Trim();
                start = end.Index + end.Length;
            }
        }

        if (start < block.Length)
        {
            yield return block[start..].Trim();
        }
    }

    private static bool EndsWithAbbreviation(string textBeforeStop)
    {
        var lastSpace = textBeforeStop.LastIndexOf(' ');
        var lastWord = textBeforeStop[(lastSpace + 1)..].TrimStart('(', '"', '\'');
        return Abbreviations.Contains(lastWord, StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    // A stop, with any closing quotes or brackets, before a space or the end of the block.
    [GeneratedRegex(@"[.!?…]+[""'’”)\]]*(?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+")]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s{0,3}(?:#{1,6}\s+|>\s?)")]
    private static partial Regex Heading();

    // A markdown heading, or a line that is all bold (**Your privacy**): a sentence of its own.
    [GeneratedRegex(@"^\s{0,3}(?:#{1,6}\s+.*|\*\*[^*]+\*\*[ \t]*)$")]
    private static partial Regex HeadingLine();

    // [text](target) and ![alt](target) keep their text.
    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    // https://..., www...., <autolinks>, emails and bare sites such as childline.org.uk, without a stop that ends the sentence.
    [GeneratedRegex(@"<(?:https?://|mailto:)[^>]*>|(?:https?://|www\.)\S*[^\s.,;:!?'""’”)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:uk|com|org|net|gov|info|io)\b(?:/\S*[^\s.,;:!?'""’”)\]])?", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    // **bold**, __bold__, *em*, _em_, `code`, ~~struck~~: the marks go, the words stay.
    [GeneratedRegex(@"\*+|`+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])")]
    private static partial Regex Emphasis();
}
