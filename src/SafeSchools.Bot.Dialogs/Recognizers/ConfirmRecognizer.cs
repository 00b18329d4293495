namespace SafeSchools.Bot.Dialogs.Recognizers;

/// <summary>
/// Recognises yes and no as young people type them ("yeah", "deffo", "nah", "no thanks", 👍). Every phrase found is
/// scored 0.4 + 0.6 × its tokens ÷ the utterance's tokens, as the Bot Builder choice extractor does, so the longer
/// phrase wins ("not ok" beats "ok") and ties go to the earliest.
/// </summary>
public static class ConfirmRecognizer
{
    /// <summary>True for yes, false for no, null when neither (or "not sure") wins.</summary>
    public static bool? Recognize(string? utterance, RecognizerCulture? culture = null)
    {
        var tokens = TextNormalizer.Tokenize(TextNormalizer.Normalize(utterance));
        var phrases = (culture ?? RecognizerCulture.EnglishGb).ConfirmPhrases;
        ConfirmPhrase? best = null;
        var bestScore = 0.0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!phrases.TryGetValue(tokens[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                var score = 0.4 + (0.6 * phrase.Tokens.Length / tokens.Length);
                if (score > bestScore && StartsAt(tokens, i, phrase.Tokens))
                {
                    best = phrase;
                    bestScore = score;
                }
            }
        }

        return best?.Value;
    }

    private static bool StartsAt(string[] tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Length)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(tokens[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
