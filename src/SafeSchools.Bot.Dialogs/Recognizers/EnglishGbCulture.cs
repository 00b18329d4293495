using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SafeSchools.Bot.Dialogs.Recognizers;

/// <summary>The en-GB words: how young people say yes and no, numbers and ordinals. Built once.</summary>
internal static partial class EnglishGbCulture
{
    private static readonly string[] Yes =
    [
        "yes", "y", "yeah", "yea", "yeh", "yep", "yup", "ya", "yah", "ye", "yh", "yes please", "ok", "okay", "k", "kk",
        "alright", "aight", "sure", "deffo", "defo", "definitely", "of course", "go on", "go ahead", "sounds good",
        "fine", "agree", "i agree", "true", "correct", "i dont mind", "dont mind", "👍", "👌", "✅",
    ];

    private static readonly string[] No =
    [
        "no", "n", "nah", "na", "nope", "nop", "nay", "no thanks", "no thank you", "no way", "not really", "not ok",
        "not okay", "not now", "never", "false", "disagree", "i dont want to", "dont want to", "👎", "✋", "🖐", "❌",
    ];

    // "Not sure" must not read as "sure": these phrases win on token count and give no answer, so the prompt asks again.
    private static readonly string[] Unsure =
    [
        "not sure", "im not sure", "unsure", "dunno", "idk", "i dont know", "dont know", "maybe", "perhaps", "not sure yet",
    ];

    private static readonly string[] ChoiceFillers =
    [
        "the", "a", "an", "one", "option", "number", "choice", "button", "please", "pls", "plz", "i", "im", "am", "its", "it",
        "is", "that", "this", "id", "like", "want", "choose", "pick", "go", "with", "um", "erm", "uh", "umm", "then", "ta",
    ];

    private static readonly string[] ConfirmTails =
    [
        "please", "pls", "plz", "thanks", "thank", "you", "ty", "ta", "then", "mate", "lol", "i", "think", "so", "guess",
        "im", "am", "good", "fine", "ok", "okay", "its", "it", "is", "that", "thats", "sure", "👍", "🙂", "😊", "🏻", "🏼", "🏽", "🏾", "🏿",
    ];

    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    public static RecognizerCulture Create() => new("en-GB")
    {
        ConfirmPhrases = Yes.Select(p => Phrase(p, true))
            .Concat(No.Select(p => Phrase(p, false)))
            .Concat(Unsure.Select(p => Phrase(p, null)))
            .GroupBy(p => p.Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
        NumberUnits = Units.Select((word, i) => (word, i)).ToFrozenDictionary(p => p.word, p => p.i, StringComparer.Ordinal),
        NumberTens = Tens.Select((word, i) => (word, i)).ToFrozenDictionary(p => p.word, p => (p.i + 2) * 10, StringComparer.Ordinal),
        NumberScales = new Dictionary<string, int> { ["hundred"] = 100, ["thousand"] = 1000 }.ToFrozenDictionary(StringComparer.Ordinal),
        NumberArticles = FrozenSet.Create(StringComparer.Ordinal, "a", "an"),
        NumberJoiners = FrozenSet.Create(StringComparer.Ordinal, "and"),
        Ordinals = OrdinalWords.Select((word, i) => (word, i)).ToFrozenDictionary(p => p.word, p => p.i + 1, StringComparer.Ordinal),
        ChoiceFillers = ChoiceFillers.ToFrozenSet(StringComparer.Ordinal),
        ConfirmTails = ConfirmTails.ToFrozenSet(StringComparer.Ordinal),
        LastWords = FrozenSet.Create(StringComparer.Ordinal, "last", "final", "bottom"),
        NumericOrdinal = NumericOrdinalRegex(),
    };

    private static ConfirmPhrase Phrase(string text, bool? value) => new(TextNormalizer.Tokenize(TextNormalizer.Normalize(text)), value);

    [GeneratedRegex(@"^([0-9]{1,3})(?:st|nd|rd|th)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericOrdinalRegex();
}
