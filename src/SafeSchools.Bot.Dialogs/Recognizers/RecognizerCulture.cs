using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SafeSchools.Bot.Dialogs.Recognizers;

/// <summary>
/// The words and patterns of one language that the recognizers use, built once and shared. English (en-GB) is the
/// first; another language is another instance built like <see cref="EnglishGb"/> and returned by <see cref="Resolve"/>.
/// </summary>
public sealed class RecognizerCulture
{
    internal RecognizerCulture(string name)
    {
        Name = name;
    }

    /// <summary>British English, the default.</summary>
    public static RecognizerCulture EnglishGb { get; } = EnglishGbCulture.Create();

    /// <summary>The culture name, e.g. <c>en-GB</c>.</summary>
    public string Name { get; }

    /// <summary>Confirm phrases keyed by their first token.</summary>
    internal FrozenDictionary<string, ConfirmPhrase[]> ConfirmPhrases { get; init; } = null!;

    /// <summary>Number words below twenty.</summary>
    internal FrozenDictionary<string, int> NumberUnits { get; init; } = null!;

    /// <summary>Multiples of ten from twenty to ninety.</summary>
    internal FrozenDictionary<string, int> NumberTens { get; init; } = null!;

    /// <summary>Hundred, thousand.</summary>
    internal FrozenDictionary<string, int> NumberScales { get; init; } = null!;

    /// <summary>Articles that mean one before a scale ("a hundred").</summary>
    internal FrozenSet<string> NumberArticles { get; init; } = null!;

    /// <summary>Words that join number words ("a hundred and five").</summary>
    internal FrozenSet<string> NumberJoiners { get; init; } = null!;

    /// <summary>Ordinal words and their 1-based position.</summary>
    internal FrozenDictionary<string, int> Ordinals { get; init; } = null!;

    /// <summary>Words that add nothing to a choice ("the", "please", "im"), ignored when matching one.</summary>
    internal FrozenSet<string> ChoiceFillers { get; init; } = null!;

    /// <summary>Words that may follow a yes or no without changing it ("yes please", "nah im good").</summary>
    internal FrozenSet<string> ConfirmTails { get; init; } = null!;

    /// <summary>Words meaning "the last one".</summary>
    internal FrozenSet<string> LastWords { get; init; } = null!;

    /// <summary>A numeric ordinal token such as "2nd".</summary>
    internal Regex NumericOrdinal { get; init; } = null!;

    /// <summary>Returns the culture for a locale such as <c>en-GB</c>; English when the language is not supported yet.</summary>
    public static RecognizerCulture Resolve(string? locale) => EnglishGb;
}
