namespace SafeSchools.Bot.Dialogs.Recognizers;

/// <summary>
/// Recognises yes and no as young people type them ("yeah", "deffo", "nah", "no thanks", 👍), strictly: the message
/// must start with a yes or no phrase and say nothing else but polite tails ("yes please", "nah im good"). A longer
/// phrase wins over a shorter one it starts ("not ok" over "ok"). A sentence that merely contains a yes or no word
/// ("no one believes me", "i dont know", "ok so he said...") is not an answer.
/// </summary>
public static class ConfirmRecognizer
{
    /// <summary>True for yes, false for no, null when the message is not just a yes or no (or is "not sure").</summary>
    public static bool? Recognize(string? utterance, RecognizerCulture? culture = null)
    {
        culture ??= RecognizerCulture.EnglishGb;
        var tokens = TextNormalizer.Tokenize(TextNormalizer.Normalize(utterance));
        if (tokens.Length == 0 || !culture.ConfirmPhrases.TryGetValue(tokens[0], out var candidates))
        {
            return null;
        }

        ConfirmPhrase? best = null;
        foreach (var phrase in candidates)
        {
            if ((best is null || phrase.Tokens.Length > best.Tokens.Length) && StartsWith(tokens, phrase.Tokens))
            {
                best = phrase;
            }
        }

        return best is not null && OnlyTails(tokens, best.Tokens.Length, culture) ? best.Value : null;
    }

    private static bool StartsWith(string[] tokens, string[] phrase)
    {
        if (phrase.Length > tokens.Length)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(tokens[k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyTails(string[] tokens, int from, RecognizerCulture culture)
    {
        for (var i = from; i < tokens.Length; i++)
        {
            if (!culture.ConfirmTails.Contains(tokens[i]))
            {
                return false;
            }
        }

        return true;
    }
}
