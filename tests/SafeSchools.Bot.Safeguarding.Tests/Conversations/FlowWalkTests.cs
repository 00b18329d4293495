using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Safeguarding.Content;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

/// <summary>
/// Walks every answer of every question in every flow, the way a user clicking buttons would, replaying the
/// conversation from the start for each branch, and checks what the user sees at every turn.
/// </summary>
public sealed class FlowWalkTests
{
    private const string DangerLine = "If you're in danger right now, call 999";

    [Theory]
    [InlineData(Channels.Test, null)]
    [InlineData(Channels.MsTeams, "personal")]
    public async Task EveryAnswerOfEveryQuestion_IsAnsweredSafely_AndReachesEveryStepAndHandoff(string channelId, string? conversationType)
    {
        var content = BotConversation.Content;
        var questions = content.Flows.SelectMany(f => f.Steps.Select(s => (Flow: f, Step: s)))
            .Where(x => x.Step is AskChoiceStep or AskConfirmStep)
            .GroupBy(x => PromptOf(x.Step))
            .ToDictionary(g => g.Key, g => g.First().Step, StringComparer.Ordinal);
        var explored = new HashSet<string>(StringComparer.Ordinal);
        var seenTexts = new List<string>();
        var pending = new Queue<string[]>([["menu"], []]);
        var walks = 0;

        while (pending.TryDequeue(out var inputs))
        {
            var (replies, allReplies) = await ReplayAsync(inputs, channelId, conversationType);
            walks++;
            seenTexts.AddRange(allReplies.Select(r => r.Text ?? string.Empty));
            seenTexts.AddRange(allReplies.Cards().Select(c => (c.Title is null ? string.Empty : c.Title + "\n") + c.Text));
            AssertSafe(replies, channelId, string.Join(" > ", inputs));

            // On Teams a question with many answers comes as a card of buttons carrying the question's text.
            var question = replies.Select(r => r.Text ?? r.Cards().FirstOrDefault()?.Text).LastOrDefault(t => t is not null && questions.ContainsKey(t));
            if (question is null || !explored.Add(question))
            {
                continue;
            }

            foreach (var answer in AnswersOf(questions[question]))
            {
                pending.Enqueue([.. inputs, answer]);
            }
        }

        var unreached = content.Flows.SelectMany(f => f.Steps.Select(s => (f, s)))
            .Where(x => x.s is SayStep or AskChoiceStep or AskConfirmStep or EndStep { Text: not null })
            .Where(x => !seenTexts.Any(t => t.Contains(FirstLine(x.s), StringComparison.Ordinal)))
            .Select(x => $"{x.f.Id}/{x.s.Id}")
            .ToList();
        Assert.True(unreached.Count == 0, "Steps no walk reached: " + string.Join(", ", unreached));

        var services = content.Flows.SelectMany(f => f.Steps.OfType<HandoffStep>()).SelectMany(h => h.Services).Select(s => content.GetService(s.ServiceId).Name).Distinct();
        Assert.All(services, name => Assert.Contains(seenTexts, t => t.StartsWith(name + "\n", StringComparison.Ordinal)));
        Assert.True(walks > 20, $"only {walks} walks");
    }

    private static async Task<(IReadOnlyList<Activity> Last, IReadOnlyList<Activity> All)> ReplayAsync(string[] inputs, string channelId, string? conversationType)
    {
        var conversation = new BotConversation(channelId, conversationType);
        var all = new List<Activity>();
        var last = await conversation.StartAsync();
        all.AddRange(last);
        foreach (var input in inputs)
        {
            last = await conversation.SayAsync(input);
            all.AddRange(last);
        }

        return (last, all);
    }

    private static void AssertSafe(IReadOnlyList<Activity> replies, string channelId, string path)
    {
        Assert.True(replies.Count > 0, $"The bot said nothing after: {path}");
        Assert.All(replies, r => Assert.True(!string.IsNullOrWhiteSpace(r.Text) || r.Attachments is { Count: > 0 }, $"An empty message after: {path}"));
        // 999 is said once where it matters, by the message, never repeated on every card.
        Assert.All(replies.Cards().Where(c => c.Title is not null), c => Assert.DoesNotContain(DangerLine, c.Text ?? string.Empty, StringComparison.Ordinal));
        if (channelId == Channels.MsTeams)
        {
            var actions = replies.SelectMany(r => r.Cards()).SelectMany(c => c.Buttons ?? []).Concat(replies.SelectMany(r => r.SuggestedActions?.Actions ?? []));
            Assert.DoesNotContain(actions, a => a.Type == ActionTypes.Call);
        }
    }

    private static string PromptOf(Step step) => step switch
    {
        AskChoiceStep choice => choice.Prompt.Value,
        AskConfirmStep confirm => confirm.Prompt.Value,
        _ => string.Empty,
    };

    private static IEnumerable<string> AnswersOf(Step step) => step switch
    {
        AskChoiceStep choice => choice.Choices.Select(c => c.Label),
        AskConfirmStep => ["Yes", "No"],
        _ => [],
    };

    private static string FirstLine(Step step)
    {
        var text = step switch
        {
            SayStep say => say.Text.Value,
            EndStep end => end.Text!.Value,
            _ => PromptOf(step),
        };
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
    }
}
