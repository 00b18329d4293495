using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Conversations;

namespace SafeSchools.Bot.Safeguarding.Content.Readability;

/// <summary>
/// Measures every message the bot can send from dialogs/ against <see cref="ReadabilityOptions"/>: each flow turn
/// (<see cref="FlowTurns"/>; the audience is the flow's <c>audience:</c>), each answer in answers.yaml (its
/// young-person and parent texts), each alert reply and check question in alerts.yaml, and the fallbacks. Text for
/// everyone is held to the young-person limits, and the welcome's first turn to its own word limit.
/// </summary>
public static class ContentReadabilityCheck
{
    /// <summary>Measures the content.</summary>
    /// <param name="content">The loaded flows, answers and fallbacks.</param>
    /// <param name="alerts">The alert categories from alerts.yaml (none to leave them out).</param>
    /// <param name="options">The limits.</param>
    /// <returns>Every message measured, and the findings over a limit.</returns>
    public static ReadabilityReport Run(SafeguardingContent content, IEnumerable<AlertCategoryDefinition> alerts, ReadabilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(options);
        var messages = content.Flows.SelectMany(flow => Turns(flow, options))
            .Concat(content.Answers.Answers.SelectMany(answer => Answers(answer, options)))
            .Concat(alerts.SelectMany(alert => Alert(alert, options)))
            .Concat(Fallbacks(content.Answers.Fallbacks, options))
            .Concat(content.Answers.Listening.Topics.SelectMany(topic => Listening(topic, content.Answers.Listening, options)));
        return new ReadabilityReport([.. messages]);
    }

    private static IEnumerable<MeasuredMessage> Turns(Flow flow, ReadabilityOptions options)
    {
        foreach (var turn in FlowTurns.Of(flow).Where(t => t.Messages().Any()))
        {
            var limits = options.LimitsFor(flow.Audience);
            var welcome = turn.IsFirst && flow.Id == FlowIds.Welcome;
            yield return Measure(
                turn.Start.Location,
                welcome ? $"the welcome's first turn at step \"{turn.Start.Id}\"" : $"the turn at step \"{turn.Start.Id}\"",
                flow.Audience,
                turn.Text,
                welcome ? limits with { MaxWords = options.WelcomeFirstTurnMaxWords } : limits);
        }
    }

    private static IEnumerable<MeasuredMessage> Answers(Answer answer, ReadabilityOptions options)
    {
        yield return Measure(answer.YoungPerson, $"the young-person answer to \"{answer.Intent}\"", Audience.YoungPerson, options);
        if (answer.Parent is { } parent)
        {
            yield return Measure(parent, $"the parent answer to \"{answer.Intent}\"", Audience.Parent, options);
        }
    }

    private static IEnumerable<MeasuredMessage> Alert(AlertCategoryDefinition alert, ReadabilityOptions options)
    {
        yield return Measure(AlertText(alert.Reply, alert.ReplyLine), $"the alert reply for \"{alert.Id}\"", Audience.Everyone, options);
        yield return Measure(AlertText(alert.Clarify, alert.ClarifyLine), $"the check question for \"{alert.Id}\"", Audience.Everyone, options);
        if (alert.ClarifyParent is { } parent)
        {
            yield return Measure(AlertText(parent, alert.ClarifyParentLine), $"the parents' check question for \"{alert.Id}\"", Audience.Parent, options);
        }

        if (alert.ReplyParent is { } reply)
        {
            yield return Measure(AlertText(reply, alert.ReplyParentLine), $"the parents' alert reply for \"{alert.Id}\"", Audience.Parent, options);
        }
    }

    private static IEnumerable<MeasuredMessage> Fallbacks(Fallbacks fallbacks, ReadabilityOptions options)
    {
        for (var i = 0; i < fallbacks.First.Length; i++)
        {
            yield return Measure(fallbacks.First[i], $"fallback {i + 1} of \"first\"", Audience.Everyone, options);
        }

        yield return Measure(fallbacks.Again, "the fallback \"again\"", Audience.Everyone, options);
    }

    // Sent after its lead ("Thank you for telling me more..."), so measured with it; a parents' topic has only their text.
    private static IEnumerable<MeasuredMessage> Listening(TopicListening topic, ListeningCatalog listening, ReadabilityOptions options)
    {
        var lead = listening.ToldMore is { } toldMore ? toldMore.Value + "\n\n" : string.Empty;
        var answer = topic.Answer;
        if (!ReferenceEquals(answer.YoungPerson, answer.Parent))
        {
            yield return Measure(answer.YoungPerson.Location, $"the young-person listening reply of \"{topic.Topic}\"", Audience.YoungPerson, lead + answer.YoungPerson.Value, options.LimitsFor(Audience.YoungPerson));
        }

        if (answer.Parent is { } parent)
        {
            yield return Measure(parent.Location, $"the parent listening reply of \"{topic.Topic}\"", Audience.Parent, lead + parent.Value, options.LimitsFor(Audience.Parent));
        }
    }

    private static ContentText AlertText(string text, int line) => new(text, new SourceLocation(AlertCatalog.FileName, line, 0));

    private static MeasuredMessage Measure(ContentText text, string what, Audience audience, ReadabilityOptions options) =>
        Measure(text.Location, what, audience, text.Value, options.LimitsFor(audience));

    private static MeasuredMessage Measure(SourceLocation location, string what, Audience audience, string text, ReadabilityLimits limits) =>
        new(location, what, audience, ReadabilityMeter.Measure(text), limits);
}
