using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>The answers and fallbacks of <c>dialogs/answers.yaml</c>, looked up by intent. Immutable.</summary>
public sealed class AnswerCatalog
{
    private readonly FrozenDictionary<string, Answer> _byIntent;

    /// <summary>Creates the catalog (the first answer of an intent wins).</summary>
    public AnswerCatalog(ImmutableArray<Answer> answers, Fallbacks fallbacks)
    {
        Answers = answers;
        Fallbacks = fallbacks ?? throw new ArgumentNullException(nameof(fallbacks));
        _byIntent = answers.DistinctBy(a => a.Intent, StringComparer.Ordinal).ToFrozenDictionary(a => a.Intent, StringComparer.Ordinal);
    }

    /// <summary>No answers, the default fallbacks.</summary>
    public static AnswerCatalog Empty { get; } = new([], Fallbacks.Default);

    /// <summary>The answers, in file order.</summary>
    public ImmutableArray<Answer> Answers { get; }

    /// <summary>What to say when nothing was understood.</summary>
    public Fallbacks Fallbacks { get; }

    /// <summary>What to say, inside a topic, to a message that could not be placed.</summary>
    public ListeningCatalog Listening { get; init; } = ListeningCatalog.Empty;

    /// <summary>The answer to an intent, or null.</summary>
    public Answer? Find(string intent) => _byIntent.GetValueOrDefault(intent);
}
