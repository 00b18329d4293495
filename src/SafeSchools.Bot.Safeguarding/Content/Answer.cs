using System.Collections.Immutable;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>
/// A short, reviewed answer to something people type at any point (a question, a follow-up after an alert, a thank
/// you), from <c>dialogs/answers.yaml</c> or the knowledge base <c>dialogs/knowledge.yaml</c>. The bot says it and then
/// carries on where the person was.
/// </summary>
/// <param name="Intent">The intent it answers, as named in dialogs/understanding (e.g. <c>question-real-person</c>).</param>
/// <param name="YoungPerson">The answer for a young person (and for everyone when there is no <paramref name="Parent"/> text).</param>
/// <param name="Parent">The answer for a parent or carer, or null.</param>
/// <param name="Services">Services shown as a card of links after the text.</param>
public sealed record Answer(string Intent, ContentText YoungPerson, ContentText? Parent, ImmutableArray<string> Services)
{
    /// <summary>The text for the person: the parents' version for a parent or carer when there is one.</summary>
    public ContentText TextFor(bool parent) => parent && Parent is not null ? Parent : YoungPerson;

    /// <summary>The question a knowledge-base answer answers, in plain words; null for conversational answers.</summary>
    public string? Question { get; init; }

    /// <summary>The page a knowledge-base answer's facts come from; null for conversational answers.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// The alert categories a follow-up answer belongs after (<c>after:</c>), e.g. "don't pay any more" after sextortion;
    /// empty when it fits anywhere. Just after another category's alert it is not given: it answers a different worry.
    /// </summary>
    public ImmutableArray<string> After { get; init; } = [];

    /// <summary>The source when it is a web page people can open, shown as "Read more" under the answer.</summary>
    public string? ReadMore => Source is { } source && source.StartsWith("https://", StringComparison.Ordinal) && !source.Contains(' ', StringComparison.Ordinal) ? source : null;
}
