using System.Collections.Immutable;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// Questions that name a service ("whats fearless", "is there a number for childline?"): when nothing else understood
/// the message, that service's card is a better answer than a fallback. Names come from services.yaml (the name, the
/// words before any brackets, and acronyms), compiled once.
/// </summary>
internal sealed class ServiceMentions
{
    /// <summary>The intent recorded for an answer that shows a named service.</summary>
    public const string Intent = "service-named";

    // Short enough to be about the service alone ("childline?", "fearless??"), or asked as a question.
    private const int MaxWordsWithoutQuestion = 3;

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal) { "emergency services", "police non emergency" };

    private readonly ImmutableArray<(string Name, Answer Answer)> _names;

    /// <summary>The id of the first service a message names anywhere in it ("ok ill try childline"), or null.</summary>
    public string? NamedIn(string? text) => FirstNamed(Understanding.Features.TextFeaturizer.Normalize(text))?.Services[0];

    public ServiceMentions(IEnumerable<Service> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _names = [.. services
            .SelectMany(service => NamesOf(service).Select(name => (Name: name, Service: service)))
            .Where(n => n.Name.Length > 2 && !NotNames.Contains(n.Name))
            .DistinctBy(n => n.Name)
            .OrderByDescending(n => n.Name.Length)
            .Select(n => (n.Name, AnswerFor(n.Service)))];
    }

    /// <summary>The answer showing the service a question names, or null when it names none or is not about one.</summary>
    public Answer? Find(RecognizerResult understood)
    {
        ArgumentNullException.ThrowIfNull(understood);
        var normalized = understood.AlteredText ?? string.Empty;
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !(words.Length <= MaxWordsWithoutQuestion || QuestionShape.IsQuestion(understood)))
        {
            return null;
        }

        return FirstNamed(normalized);
    }

    private Answer? FirstNamed(string normalized)
    {
        var padded = $" {normalized} ";
        foreach (var (name, answer) in _names)
        {
            if (padded.Contains($" {name} ", StringComparison.Ordinal))
            {
                return answer;
            }
        }

        return null;
    }

    private static Answer AnswerFor(Service service)
    {
        var text = service.Eligibility is { } who ? $"Here's **{service.Name}**. {who}" : $"Here's **{service.Name}**.";
        return new Answer(Intent, new ContentText(text, service.Location), null, [service.Id]);
    }

    private static IEnumerable<string> NamesOf(Service service)
    {
        var name = service.Name;
        var bracket = name.IndexOf('(', StringComparison.Ordinal);
        var main = bracket < 0 ? name : name[..bracket];
        yield return Understanding.Features.TextFeaturizer.Normalize(main);
        foreach (var word in name.Split([' ', '(', ')', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 2 && word.All(char.IsUpper))
            {
                yield return word.ToLowerInvariant();
            }
        }
    }
}
