using Microsoft.Extensions.Logging.Abstractions;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Safeguarding.Tests.Conversations;

/// <summary>
/// Drives the whole safeguarding bot (alert middleware included) in memory, one user turn at a time, over the real
/// content in dialogs/. Each call returns what the user would see for that turn.
/// </summary>
internal sealed class BotConversation
{
    private static readonly Lazy<SafeguardingContent> SharedContent = new(() => ContentLoader.Load(TestPaths.Dialogs));
    private static readonly Lazy<AlertDetector> SharedDetector = new(() => AlertDetector.Load(TestPaths.Dialogs));

    private readonly SafeguardingBot _bot;

    public BotConversation(
        string channelId = Channels.Test, string? conversationType = null, IntentRouting? router = null, IStorage? storage = null, IReadOnlyDictionary<string, string>? intents = null)
    {
        Storage = storage ?? new MemoryStorage();
        Adapter = new TestAdapter(channelId, conversationType);
        // Conversation tests stub the trained model (as CoreBot's tests mock their recognizer): commands and alert rules
        // only, intents scripted by the test, and a router given by the test (else the bot's own topic routes over the
        // scripted intents). The host's tests run the real recognizer.
        var recognizer = new RecognizerSet([new CommandRecognizer(), new AlertRuleRecognizer(Detector), new ScriptedIntents(intents ?? new Dictionary<string, string>())]);
        var routes = new TopicRoutes(0.5);
        router ??= routes.Route;
        Adapter.Use(new DangerLineOncePerTurnMiddleware());
        Adapter.Use(new RecognizerMiddleware(recognizer));
        var conversationState = new ConversationState(Storage);
        Adapter.Use(new SafeguardingAlertMiddleware(recognizer, Detector, conversationState, Content, NullLogger<SafeguardingAlertMiddleware>.Instance));
        _bot = new SafeguardingBot(
            conversationState, Content, Detector.Catalog, router, r => router(r) is { IsConfident: true, FlowId: { } id } ? id : null, recognizer);
    }

    public static SafeguardingContent Content => SharedContent.Value;

    public static AlertDetector Detector => SharedDetector.Value;

    public TestAdapter Adapter { get; }

    public IStorage Storage { get; }

    /// <summary>The trace of the last turn (emulator channel only).</summary>
    public TurnTrace? LastTrace { get; private set; }

    public Task<IReadOnlyList<Activity>> StartAsync(object? channelData = null) =>
        RunAsync(Adapter.MakeActivity() with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersAdded = [Adapter.Bot, Adapter.User],
            ChannelData = channelData is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(channelData),
        });

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => RunAsync(Adapter.MakeActivity(text));

    /// <summary>Sends several messages; returns what the last one got back.</summary>
    public async Task<IReadOnlyList<Activity>> SayAllAsync(params string[] texts)
    {
        IReadOnlyList<Activity> last = [];
        foreach (var text in texts)
        {
            last = await SayAsync(text);
        }

        return last;
    }

    /// <summary>Sends any activity (an installationUpdate, a message with a mention); returns what the user would see.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(Activity activity) => RunAsync(activity);

    private async Task<IReadOnlyList<Activity>> RunAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            if (reply.Type == ActivityTypes.Trace)
            {
                LastTrace = System.Text.Json.JsonSerializer.Deserialize<TurnTrace>((System.Text.Json.JsonElement)reply.Value!);
            }
            else
            {
                replies.Add(reply);
            }
        }

        return replies;
    }
}
