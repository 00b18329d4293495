namespace SafeSchools.Bot.Understanding;

/// <summary>
/// Finds the entities the conversations use in normalised text: an age ("im 14", "14 years old", "14yo") and a school
/// year ("year 9", "yr 10"). Only numbers a person could mean as an age (5 to 19) count.
/// </summary>
public static class EntityRecognizer
{
    /// <summary>The entity type of an age.</summary>
    public const string Age = "age";

    /// <summary>The entity type of a school year.</summary>
    public const string SchoolYear = "school-year";

    /// <summary>The entities in <paramref name="normalized"/>.</summary>
    public static IReadOnlyList<Entity> Find(string normalized)
    {
        if (string.IsNullOrEmpty(normalized) || !normalized.Any(char.IsAsciiDigit))
        {
            return [];
        }

        var words = normalized.Split(' ');
        var found = new List<Entity>(1);
        if (words.Length == 1 && ReadNumber(words[0]) is >= 10 and <= 17 and var alone)
        {
            // A bare number said on its own in this chat ("14") is someone giving their age.
            found.Add(new Entity(Age, alone.ToString(System.Globalization.CultureInfo.InvariantCulture), words[0]));
            return found;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (ReadNumber(words[i]) is not { } number)
            {
                continue;
            }

            var before = i > 0 ? words[i - 1] : string.Empty;
            var after = i + 1 < words.Length ? words[i + 1] : string.Empty;
            if (before is "year" or "yr" or "yr." && number is >= 1 and <= 13)
            {
                found.Add(new Entity(SchoolYear, number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{before} {words[i]}"));
            }
            else if (number is >= 5 and <= 19 && (before is "im" or "am" or "is" or "aged" or "age" or "turned" or "hes" or "shes"
                || after is "years" or "year" or "yrs" or "yo" or "yr" || words[i].EndsWith("yo", StringComparison.Ordinal)))
            {
                found.Add(new Entity(Age, number.ToString(System.Globalization.CultureInfo.InvariantCulture), words[i]));
            }
        }

        return found;
    }

    private static int? ReadNumber(string word)
    {
        var digits = word.EndsWith("yo", StringComparison.Ordinal) ? word[..^2] : word;
        return digits.Length is > 0 and <= 2 && digits.All(char.IsAsciiDigit) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
