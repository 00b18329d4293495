using BenchmarkDotNet.Attributes;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Benchmarks;

/// <summary>
/// One turn of a 3-step waterfall (choice prompt → confirm prompt → summary) in a component, with state in
/// <see cref="MemoryStorage"/>: load, run, save. Each turn starts from the same stored state.
/// </summary>
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private const string Key = "webchat/conversations/conversation-1";

    private static readonly Choice[] Topics = [new("Bullying"), new("Online safety"), new("Report a crime"), new("Something else")];

    private MemoryStorage _storage = null!;
    private DialogTestClient _client = null!;
    private StoreItem _waitingForChoice = null!;

    [GlobalSetup]
    public void Setup()
    {
        _storage = new MemoryStorage();
        _client = new DialogTestClient(Channels.WebChat, CreateDialog(), storage: _storage);
        _client.SendActivityAsync<Activity>("hi").GetAwaiter().GetResult();
        _waitingForChoice = _storage.ReadAsync([Key]).GetAwaiter().GetResult()[Key] with { ETag = StoreItem.AnyETag };
    }

    [Benchmark]
    public Task<Activity?> AnswerChoicePrompt() => RunTurnFromWaitingAsync("it's about online safety");

    [Benchmark]
    public Task<Activity?> RetryChoicePrompt() => RunTurnFromWaitingAsync("pizza");

    [Benchmark]
    public async Task<Activity?> WholeConversation()
    {
        await _storage.DeleteAsync([Key]);
        await SendAsync("hi");
        await SendAsync("bullying");
        return await SendAsync("yeah");
    }

    private async Task<Activity?> RunTurnFromWaitingAsync(string text)
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = _waitingForChoice });
        return await SendAsync(text);
    }

    private async Task<Activity?> SendAsync(string text)
    {
        var reply = await _client.SendActivityAsync<Activity>(text);
        while (_client.GetNextReply() is not null)
        {
        }

        return reply;
    }

    private static ComponentDialog CreateDialog()
    {
        var giveUp = Activity.CreateMessage("Let's go back to the menu. If you're in danger right now, call 999.");
        var waterfall = new WaterfallDialog("flow",
        [
            (step, ct) => step.PromptAsync("topic", new PromptOptions
            {
                Prompt = Activity.CreateMessage("What's it about?"),
                RetryPrompt = Activity.CreateMessage("Please pick one of the buttons."),
                GiveUpPrompt = giveUp,
                Choices = Topics,
            }, ct),
            (step, ct) =>
            {
                step.Values["topic"] = ((FoundChoice)step.Result!).Value;
                return step.PromptAsync("confirm", new PromptOptions { Prompt = Activity.CreateMessage("Shall I show you some help?"), GiveUpPrompt = giveUp }, ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Here's help about {step.Values["topic"]}.", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var component = new ComponentDialog("root");
        component.AddDialog(waterfall).AddDialog(new ChoicePrompt("topic")).AddDialog(new ConfirmPrompt("confirm"));
        return component;
    }
}
