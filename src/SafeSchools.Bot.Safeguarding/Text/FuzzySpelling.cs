using System.Collections.Frozen;

namespace SafeSchools.Bot.Safeguarding.Text;

/// <summary>
/// Corrects near misses of the key safeguarding words (one letter added, dropped, changed or two swapped), so
/// misspellings no list foresaw still match: <c>sucidal</c>, <c>blackmaling</c>, <c>thretening</c>.
/// Only words of six letters or more with the same first letter are compared; a difference in the last letter is
/// not corrected, since that is usually another form of a real word (<c>scares</c>, not <c>scared</c>); and a few
/// real words one letter away from a key word (<c>amused</c> from <c>abused</c>) are left alone.
/// </summary>
internal static class FuzzySpelling
{
    private const int MinimumLength = 6;

    private static readonly string[] KeyWords =
    [
        "suicide", "suicidal", "myself", "yourself", "himself", "herself", "blackmail", "blackmailing", "blackmailed",
        "threatening", "threatened", "threatens", "touching", "touched", "touches", "inappropriately", "inappropriate",
        "sexually", "private", "privates", "exposing", "exposed", "harming", "bleeding", "following", "strangled",
        "strangling", "stabbing", "stabbed", "overdose", "overdosing", "pictures", "photos", "videos", "molested",
        "molesting", "groomed", "grooming", "abused", "abusing", "abusive", "hurting", "killing", "pressure",
        "pressuring", "sextortion", "someone", "anymore", "strangers", "everyone", "anyone", "nobody", "bullied",
        "bullying", "cyberbullied", "cyberbullying", "daughter", "teenager", "children", "embarrassing", "naked",
        "nudes", "kidnapped", "assaulted", "babysitter", "tonight", "tomorrow", "because", "people", "please",
        "messages", "threat", "threats", "scared", "frightened", "terrified", "breathe", "punched", "parent",
        "friends", "school", "parents", "kicking", "hitting", "beating", "starving", "attacked", "attacking",
    ];

    private static readonly FrozenSet<string> RealWords = new[]
    {
        "amused", "amusing", "hunting", "hurling", "housing", "filling", "billing", "tilling", "willing", "milling",
        "killjoy", "abuses", "private", "parents", "parent", "patents", "patient", "bleeping", "breeding", "shirking",
        "fishing", "touchy", "strange", "stranger", "someday", "somehow", "everyday", "threads", "thread",
        "pressed", "presser", "hitting", "sitting", "fitting", "knitting", "pitting", "beaming", "bearing", "beading",
        "starting", "staring", "starring", "storing", "scarred", "scared", "sacred", "schools", "school", "scholar",
        "friend", "fiends", "photon", "photon", "pictured", "picture", "kicking", "licking", "picking", "ticking",
        "attached", "attacker", "treats", "treat", "treated", "punches", "punched", "bullies", "bullied", "nobody", "anyone", "everyone",
        "shared", "spared", "snared", "stared", "soared", "seared", "scored", "scaled", "hinting", "boating", "bleating",
        "stubbed", "stubbing", "pinched", "grooving", "grooved", "hurtling", "attaching", "massages",
        "throat", "throats", "treads", "trusted", "trust",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<char, string[]> ByFirstLetter = KeyWords
        .Distinct(StringComparer.Ordinal)
        .GroupBy(word => word[0])
        .ToFrozenDictionary(group => group.Key, group => group.ToArray());

    private static readonly FrozenSet<string> Known = KeyWords.ToFrozenSet(StringComparer.Ordinal);

    public static string Correct(string token)
    {
        if (token.Length < MinimumLength - 1 || Known.Contains(token) || RealWords.Contains(token)
            || !ByFirstLetter.TryGetValue(token[0], out var candidates))
        {
            return token;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Length >= MinimumLength && Math.Abs(candidate.Length - token.Length) <= 1
                && DiffersBeforeLastLetter(token, candidate) && IsOneEditAway(token, candidate))
            {
                return candidate;
            }
        }

        return token;
    }

    private static bool DiffersBeforeLastLetter(string token, string candidate)
    {
        var first = FirstDifference(token, candidate);
        return first >= 0 && first < Math.Min(token.Length, candidate.Length) - 1;
    }

    // Optimal string alignment distance of at most one: one insertion, deletion, substitution or swap of neighbours.
    private static bool IsOneEditAway(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var first = FirstDifference(a, b);
            if (first < 0)
            {
                return true;
            }

            if (a.AsSpan(first + 1).SequenceEqual(b.AsSpan(first + 1)))
            {
                return true;
            }

            return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
                && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2));
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var index = FirstDifference(shorter, longer);
        return index < 0 || shorter.AsSpan(index).SequenceEqual(longer.AsSpan(index + 1));
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return a.Length == b.Length ? -1 : length;
    }
}
