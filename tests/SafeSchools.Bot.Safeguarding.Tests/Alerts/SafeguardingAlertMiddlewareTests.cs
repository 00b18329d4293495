using Microsoft.Extensions.Logging.Abstractions;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Tests.Conversations;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Tests.Alerts;

public sealed class SafeguardingAlertMiddlewareTests
{
    [Fact]
    public async Task ACertainRisk_IsActedOnEvenInSmallTalk()
    {
        var result = new RecognizerResult
        {
            Text = "thanks but i took all the pills",
            Intents = new Dictionary<string, IntentScore> { ["thanks"] = new(0.95, RecognitionSource.Model) },
            Risks = [new RiskScore(RiskLabels.SelfHarm, 0.9, RiskLevel.Certain, RecognitionSource.Model, null)],
        };

        var replies = await RunAsync(result);

        Assert.Contains("999", string.Join('\n', replies.Select(r => r.Text)), StringComparison.Ordinal);
    }

    private static async Task<List<Activity>> RunAsync(RecognizerResult result)
    {
        var adapter = new TestAdapter(Channels.Test);
        var recognizer = new FixedRecognizer(result);
        adapter.Use(new SafeguardingAlertMiddleware(recognizer, BotConversation.Detector, new ConversationState(new MemoryStorage()), BotConversation.Content, NullLogger<SafeguardingAlertMiddleware>.Instance));
        await adapter.ProcessActivityAsync(adapter.MakeActivity(result.Text), (_, _) => Task.CompletedTask);
        var replies = new List<Activity>();
        while (adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    private sealed class FixedRecognizer(RecognizerResult result) : Recognizer
    {
        public override RecognizerResult Recognize(string? text) => result;
    }
}
