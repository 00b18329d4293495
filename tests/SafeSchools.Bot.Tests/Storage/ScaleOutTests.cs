using Npgsql;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Storage;
using SafeSchools.Bot.Storage.Tests;
using SafeSchools.Bot.Tests.Infrastructure;
using static SafeSchools.Bot.Tests.Infrastructure.TurnReplies;

namespace SafeSchools.Bot.Tests.Storage;

/// <summary>Two bot instances behind one PostgreSQL, as behind a load balancer, sharing one conversation.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class ScaleOutTests(PostgreSqlServer server)
{
    private const string WhereQuestion = "Is it happening online, in person, or both?";
    private const string AnythingElse = "Is there anything else going on?";
    private const string OnlineAdvice = "Block and report";

    [Fact]
    public async Task AlternatingInstances_OneConversation_FlowRunsToTheEndAsOnOneInstance()
    {
        var settings = await PostgreSqlSettingsAsync();
        await using var first = await BotHost.StartAsync(settings);
        await using var second = await BotHost.StartAsync(settings);
        var conversation = NewConversationId();
        var onFirst = new EmulatorUser(first, conversation);
        var onSecond = new EmulatorUser(second, conversation);

        var welcome = await onFirst.StartAsync();
        var menu = await onSecond.SayAsync("I'm a young person");
        var question = await onFirst.SayAsync("I'm being bullied");
        var advice = await onSecond.SayAsync("Online");
        var end = await onFirst.SayAsync("That's all for now");

        Assert.Contains("Are you a young person, or a parent or carer?", Text(welcome), StringComparison.Ordinal);
        Assert.Contains("What would you like help with?", Text(menu), StringComparison.Ordinal);
        Assert.Contains(WhereQuestion, Text(question), StringComparison.Ordinal);
        Assert.Equal("bullying", Flow(question));
        Assert.Contains(OnlineAdvice, Text(advice), StringComparison.Ordinal);
        Assert.True(HasCardMentioning(advice, "Childline"));
        Assert.Contains(AnythingElse, Text(advice), StringComparison.Ordinal);
        Assert.Equal("bullying", Flow(advice));
        Assert.Contains("Well done for reaching out", Text(end), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoAnswersAtOnce_OnTwoInstances_TheLaterSaveIsRetried_OneAnswerTakenOnceAndTheOtherAnsweredAfterIt()
    {
        var rendezvous = new ReadRendezvous();
        var settings = await PostgreSqlSettingsAsync();
        await using var first = await StartWithRendezvousAsync(settings, rendezvous);
        await using var second = await StartWithRendezvousAsync(settings, rendezvous);
        var conversation = NewConversationId();
        var onFirst = new EmulatorUser(first, conversation);
        var onSecond = new EmulatorUser(second, conversation);
        await onFirst.SayAsync("I'm being bullied");

        // Both turns read the state with the question pending before either saves: one save must lose.
        rendezvous.Arm(parties: 2);
        var turns = await Task.WhenAll(onFirst.SayAsync("Online"), onSecond.SayAsync("Both"));

        Assert.Equal(1, Conflicts(first) + Conflicts(second));
        Assert.All(turns, AssertAnsweredOnceWithoutApology);
        Assert.Equal(1, CountMessagesContaining(turns.SelectMany(t => t), OnlineAdvice));
        var taken = turns.Single(t => Text(t).Contains(OnlineAdvice, StringComparison.Ordinal));
        var later = turns.Single(t => t != taken);
        Assert.Contains(AnythingElse, Text(taken), StringComparison.Ordinal);
        Assert.DoesNotContain(OnlineAdvice, Text(later), StringComparison.Ordinal);
        Assert.Equal("bullying", Flow(later));
        var end = await onSecond.SayAsync("That's all for now");
        Assert.Contains("Well done for reaching out", Text(end), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpTwiceAtOnce_OnTwoInstances_EachGetsHelpAndTheSameQuestionOnce_AndTheAnswerStillCounts()
    {
        var rendezvous = new ReadRendezvous();
        var settings = await PostgreSqlSettingsAsync();
        await using var first = await StartWithRendezvousAsync(settings, rendezvous);
        await using var second = await StartWithRendezvousAsync(settings, rendezvous);
        var conversation = NewConversationId();
        var onFirst = new EmulatorUser(first, conversation);
        var onSecond = new EmulatorUser(second, conversation);
        await onFirst.SayAsync("I'm being bullied");

        rendezvous.Arm(parties: 2);
        var turns = await Task.WhenAll(onFirst.SayAsync("help"), onSecond.SayAsync("help"));
        var answer = await onFirst.SayAsync("Online");

        Assert.All(turns, AssertAnsweredOnceWithoutApology);
        Assert.All(turns, t => Assert.Equal(1, CountMessagesContaining(t, "You can type:")));
        Assert.All(turns, t => Assert.Equal(1, CountMessagesContaining(t, WhereQuestion)));
        Assert.Contains(OnlineAdvice, Text(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreeMessagesAtOnce_OnTwoInstances_EveryRequestAnsweredOnce_OneAnswerTaken_ConversationCarriesOn()
    {
        var settings = await PostgreSqlSettingsAsync();
        await using var first = await BotHost.StartAsync(settings);
        await using var second = await BotHost.StartAsync(settings);
        var conversation = NewConversationId();
        var onFirst = new EmulatorUser(first, conversation);
        var onSecond = new EmulatorUser(second, conversation);
        await onSecond.SayAsync("I'm being bullied");

        var turns = await Task.WhenAll(onFirst.SayAsync("Online"), onSecond.SayAsync("Both"), onFirst.SayAsync("That's all for now"));
        var menu = await onSecond.SayAsync("menu");

        Assert.All(turns, AssertAnsweredOnceWithoutApology);
        Assert.Equal(1, CountMessagesContaining(turns.SelectMany(t => t), OnlineAdvice));
        Assert.Contains("What would you like help with?", Text(menu), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameActivityOnTwoInstancesAtOnce_OneTurnIsSaved_TheOtherSendsItsRepliesInsteadOfRunningAgain()
    {
        var rendezvous = new ReadRendezvous();
        var settings = await PostgreSqlSettingsAsync();
        await using var first = await StartWithRendezvousAsync(settings, rendezvous);
        await using var second = await StartWithRendezvousAsync(settings, rendezvous);
        var conversation = NewConversationId();
        await new EmulatorUser(first, conversation).SayAsync("I'm being bullied");
        var online = EmulatorActivities.Message(new Uri("http://127.0.0.1:9"), conversation, "Online") with { DeliveryMode = DeliveryModes.ExpectReplies };

        // A channel's retry reaches the other instance while the first delivery is still running: both read before either saves.
        rendezvous.Arm(parties: 2);
        var turns = await Task.WhenAll(PostAsync(first, online), PostAsync(second, online));
        var end = await new EmulatorUser(second, conversation).SayAsync("That's all for now");

        Assert.Equal(1, Conflicts(first) + Conflicts(second));
        Assert.All(turns, t => Assert.Equal(1, CountMessagesContaining(t, OnlineAdvice)));
        Assert.All(turns, t => Assert.Equal(1, CountMessagesContaining(t, AnythingElse)));
        Assert.Equal(Text(turns[0]), Text(turns[1]));
        Assert.Contains("Well done for reaching out", Text(end), StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<Activity>> PostAsync(BotHost bot, Activity activity) =>
        (await Endpoints.ExpectRepliesTests.ReadRepliesAsync(await bot.PostActivityAsync(activity))).Activities;

    // Every request got 200 (EmulatorUser checks), ran to its trace exactly once, sent no message twice and did
    // not fail into the apology.
    private static void AssertAnsweredOnceWithoutApology(IReadOnlyList<Activity> replies)
    {
        Assert.Single(replies, r => r.Type == ActivityTypes.Trace && r.Name == "safeschools.turn");
        Assert.Contains(replies, r => r.Type == ActivityTypes.Message);
        Assert.DoesNotContain(Apology, Text(replies), StringComparison.Ordinal);
        var messages = replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text).ToList();
        Assert.Equal(messages.Count, messages.Distinct(StringComparer.Ordinal).Count());
    }

    private static int Conflicts(BotHost host) => ((RendezvousStorage)host.Services.GetRequiredService<IStorage>()).Conflicts;

    private static string NewConversationId() => $"scale-{Guid.NewGuid():N}|livechat";

    private static async Task<BotHost> StartWithRendezvousAsync(Dictionary<string, string?> settings, ReadRendezvous rendezvous) =>
        await BotHost.StartAsync(settings, b =>
        {
            b.Services.AddSingleton(_ => NpgsqlDataSource.Create(settings["Storage:ConnectionString"]!));
            b.Services.AddSingleton<IStorage>(sp => new RendezvousStorage(
                new PostgreSqlStorage(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>()), rendezvous));
        });

    private async Task<Dictionary<string, string?>> PostgreSqlSettingsAsync() => new()
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = await server.CreateDatabaseAsync(),
    };
}
