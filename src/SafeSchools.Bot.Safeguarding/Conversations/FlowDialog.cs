using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Safeguarding.Cards;
using SafeSchools.Bot.Safeguarding.Content;
using ContentChoice = SafeSchools.Bot.Safeguarding.Content.Choice;
using DialogChoice = SafeSchools.Bot.Dialogs.Choice;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// One flow from dialogs/ compiled into a component: a waterfall per step, chained by step targets. A step that
/// leads to another flow ends the component with a <see cref="FlowResult"/>; the root dialog starts that flow.
/// Built once at start-up; nothing is compiled per turn.
/// </summary>
internal sealed class FlowDialog : ComponentDialog
{
    private const string ChoicePromptId = "choice";
    private const string ConfirmPromptId = "confirm";
    private const string TextPromptId = "text";

    private readonly SafeguardingContent _content;
    private readonly IStatePropertyAccessor<SafeguardingSession> _session;
    private readonly Dictionary<string, PromptOptions> _askedWith = new(StringComparer.Ordinal);

    public FlowDialog(Flow flow, SafeguardingContent content, IStatePropertyAccessor<SafeguardingSession> session)
        : base(flow.Id)
    {
        Flow = flow;
        _content = content;
        _session = session;
        AddDialog(new FlowChoicePrompt(ChoicePromptId, OptionsOfStep));
        AddDialog(new FlowChoicePrompt(ConfirmPromptId, OptionsOfStep, yesNo: true));
        AddDialog(new TextPrompt(TextPromptId));
        foreach (var step in flow.Steps)
        {
            AddDialog(Compile(step));
        }

        InitialDialogId = flow.StartStepId;
    }

    public Flow Flow { get; }

    /// <summary>Begins at the step named by <paramref name="options"/> (a step id) when there is one, else at the start.</summary>
    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default) =>
        options is string stepId && Flow.Steps.Any(s => s.Id == stepId)
            ? innerDc.BeginDialogAsync(stepId, null, cancellationToken)
            : base.OnBeginDialogAsync(innerDc, null, cancellationToken);

    private WaterfallDialog Compile(Step step) => step switch
    {
        SayStep say => new WaterfallDialog(say.Id, [(sc, ct) => SayAsync(sc, say, ct)]),
        HandoffStep handoff => new WaterfallDialog(handoff.Id, [(sc, ct) => HandoffAsync(sc, handoff, ct)]),
        AskChoiceStep ask => Ask(ask.Id, ChoicePromptId, Options(ask.Prompt.Value, ChoicesOf(ask)), (sc, ct) => ChosenAsync(sc, ask, ct)),
        AskConfirmStep confirm => Ask(confirm.Id, ConfirmPromptId, Options(confirm.Prompt.Value, YesNo), (sc, ct) => ConfirmedAsync(sc, confirm, ct)),
        AskTextStep text => Ask(text.Id, TextPromptId, Options(text.Prompt.Value, null), (sc, ct) => GoAsync(sc, text.Next, ct)),
        GotoStep go => new WaterfallDialog(go.Id, [(sc, ct) => GoAsync(sc, go.Flow, ct)]),
        EndStep end => new WaterfallDialog(end.Id, [(sc, ct) => EndAsync(sc, end, ct)]),
        _ => throw new NotSupportedException($"Steps of kind {step.GetType().Name} cannot be compiled."),
    };

    private static async Task<DialogTurnResult> SayAsync(WaterfallStepContext sc, SayStep say, CancellationToken cancellationToken)
    {
        var message = Activity.CreateMessage(say.Text.Value);
        if (say.Card is { } card)
        {
            var buttons = card.Buttons.Select(b => b.Target is UrlTarget url ? CardAction.OpenUrl(b.Label, url.Url) : CardAction.ImBack(b.Label)).ToList();
            message = message with { Attachments = [new HeroCard { Title = card.Title, Buttons = buttons }.ToAttachment()] };
        }

        await sc.Context.SendActivityAsync(message, cancellationToken);
        return await GoAsync(sc, say.Next, cancellationToken);
    }

    private async Task<DialogTurnResult> HandoffAsync(WaterfallStepContext sc, HandoffStep handoff, CancellationToken cancellationToken)
    {
        var services = handoff.Services.Select(s => _content.GetService(s.ServiceId));
        await sc.Context.SendActivityAsync(HandoffCardFactory.CreateHandoff(services, sc.Context.Activity.ChannelId, handoff.Text?.Value), cancellationToken);
        return await GoAsync(sc, handoff.Next, cancellationToken);
    }

    // A question's prompt options are built once, at start-up, and shared by every conversation that asks it (they are
    // immutable): asking builds no activities.
    private WaterfallDialog Ask(string stepId, string promptId, PromptOptions options, WaterfallStep answered)
    {
        _askedWith[stepId] = options;
        return new(stepId, [(sc, ct) => AskAsync(sc, stepId, promptId, options, ct), answered]);
    }

    // What the step asks with, for its prompt waiting on an answer; null for a step that asks nothing (as it is now).
    private PromptOptions? OptionsOfStep(string stepId) => _askedWith.GetValueOrDefault(stepId);

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext sc, string stepId, string promptId, PromptOptions options, CancellationToken cancellationToken)
    {
        await MarkPendingAsync(sc, stepId, cancellationToken);
        return await sc.PromptAsync(promptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ChosenAsync(WaterfallStepContext sc, AskChoiceStep ask, CancellationToken cancellationToken)
    {
        await MarkPendingAsync(sc, null, cancellationToken);
        var chosen = (FoundChoice)sc.Result!;
        ContentChoice choice = ask.Choices[chosen.Index];
        return await GoAsync(sc, choice.Target, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmedAsync(WaterfallStepContext sc, AskConfirmStep confirm, CancellationToken cancellationToken)
    {
        await MarkPendingAsync(sc, null, cancellationToken);
        return await GoAsync(sc, sc.Result is FoundChoice { Index: 0 } ? confirm.Yes : confirm.No, cancellationToken);
    }

    /// <summary>The options of a choice question as the prompt shows them.</summary>
    internal static IReadOnlyList<DialogChoice> ChoicesOf(AskChoiceStep ask) => ask.Choices.Select(c => new DialogChoice(c.Label)).ToList();

    /// <summary>The options of every yes/no question.</summary>
    internal static IReadOnlyList<DialogChoice> YesNo { get; } = [new DialogChoice("Yes"), new DialogChoice("No")];

    // Which question is waiting, so the bot can tell an answer to it from everything else people type.
    private async Task MarkPendingAsync(WaterfallStepContext sc, string? stepId, CancellationToken cancellationToken)
    {
        var session = await _session.GetAsync(sc.Context, () => new SafeguardingSession(), cancellationToken);
        if (session.PendingStep != stepId)
        {
            await _session.SetAsync(sc.Context, session with { PendingStep = stepId }, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> EndAsync(WaterfallStepContext sc, EndStep end, CancellationToken cancellationToken)
    {
        if (end.Text is { } text)
        {
            await sc.Context.SendActivityAsync(Activity.CreateMessage(text.Value), cancellationToken);
        }

        return await sc.EndDialogAsync(new FlowResult(null), cancellationToken);
    }

    private static Task<DialogTurnResult> GoAsync(WaterfallStepContext sc, Target target, CancellationToken cancellationToken) => target switch
    {
        StepTarget step => sc.ReplaceDialogAsync(step.StepId, null, cancellationToken),
        FlowTarget flow => sc.EndDialogAsync(new FlowResult(flow.FlowId), cancellationToken),
        UrlTarget url => SendLinkThenRepromptAsync(sc, url, cancellationToken),
        _ => throw new NotSupportedException($"Targets of kind {target.GetType().Name} are not supported."),
    };

    private static async Task<DialogTurnResult> SendLinkThenRepromptAsync(WaterfallStepContext sc, UrlTarget url, CancellationToken cancellationToken)
    {
        await sc.Context.SendActivityAsync(Activity.CreateMessage(url.Url), cancellationToken);
        return await sc.ReplaceDialogAsync(sc.ActiveDialog!.Id, null, cancellationToken);
    }

    private static PromptOptions Options(string prompt, IReadOnlyList<DialogChoice>? choices) => new()
    {
        Prompt = Activity.CreateMessage(prompt),
        RetryPrompt = Activity.CreateMessage(ConversationText.Retry),
        GiveUpPrompt = ConversationText.GiveUpActivity(),
        Choices = choices,
    };
}
