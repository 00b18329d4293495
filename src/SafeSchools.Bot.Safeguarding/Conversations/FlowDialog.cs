using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Safeguarding.Cards;
using SafeSchools.Bot.Safeguarding.Content;
using ContentChoice = SafeSchools.Bot.Safeguarding.Content.Choice;
using DialogChoice = SafeSchools.Bot.Dialogs.Choice;

using SafeSchools.Bot.Understanding;

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

    public FlowDialog(Flow flow, SafeguardingContent content, TopicDetector? topics)
        : base(flow.Id)
    {
        Flow = flow;
        _content = content;
        PromptValidator<FoundChoice> choiceValidator = (ctx, _) => Task.FromResult(ctx.Recognized.Succeeded || SwitchesTopic(ctx.Context, topics, flow.Id));
        PromptValidator<bool> confirmValidator = (ctx, _) => Task.FromResult(ctx.Recognized.Succeeded || SwitchesTopic(ctx.Context, topics, flow.Id));
        AddDialog(new FlowChoicePrompt(ChoicePromptId, choiceValidator));
        AddDialog(new ConfirmPrompt(ConfirmPromptId, confirmValidator));
        AddDialog(new TextPrompt(TextPromptId));
        foreach (var step in flow.Steps)
        {
            AddDialog(Compile(step));
        }

        InitialDialogId = flow.StartStepId;
    }

    public Flow Flow { get; }

    // An answer that is none of the choices but clearly names another topic moves the conversation to that topic.
    private static bool SwitchesTopic(Connector.ITurnContext context, TopicDetector? topics, string currentFlowId)
    {
        if (topics?.Invoke(context.GetRecognizerResult()) is { } flowId && flowId != currentFlowId)
        {
            context.TurnState.Set(new TopicSwitch(flowId));
            return true;
        }

        return false;
    }

    private WaterfallDialog Compile(Step step) => step switch
    {
        SayStep say => new WaterfallDialog(say.Id, [(sc, ct) => SayAsync(sc, say, ct)]),
        HandoffStep handoff => new WaterfallDialog(handoff.Id, [(sc, ct) => HandoffAsync(sc, handoff, ct)]),
        AskChoiceStep ask => new WaterfallDialog(ask.Id, [(sc, ct) => AskChoiceAsync(sc, ask, ct), (sc, ct) => ChosenAsync(sc, ask, ct)]),
        AskConfirmStep confirm => new WaterfallDialog(confirm.Id, [(sc, ct) => AskConfirmAsync(sc, confirm, ct), (sc, ct) => ConfirmedAsync(sc, confirm, ct)]),
        AskTextStep text => new WaterfallDialog(text.Id, [(sc, ct) => AskTextAsync(sc, text, ct), (sc, ct) => GoAsync(sc, text.Next, ct)]),
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

    private static Task<DialogTurnResult> AskChoiceAsync(WaterfallStepContext sc, AskChoiceStep ask, CancellationToken cancellationToken) =>
        sc.PromptAsync(ChoicePromptId, Options(ask.Prompt.Value, ask.Choices.Select(c => new DialogChoice(c.Label)).ToList()), cancellationToken);

    private Task<DialogTurnResult> ChosenAsync(WaterfallStepContext sc, AskChoiceStep ask, CancellationToken cancellationToken)
    {
        if (SwitchRequested(sc) is { } switched)
        {
            return sc.EndDialogAsync(switched, cancellationToken);
        }

        var chosen = (FoundChoice)sc.Result!;
        ContentChoice choice = ask.Choices[chosen.Index];
        return GoAsync(sc, choice.Target, cancellationToken);
    }

    private static Task<DialogTurnResult> AskConfirmAsync(WaterfallStepContext sc, AskConfirmStep confirm, CancellationToken cancellationToken) =>
        sc.PromptAsync(ConfirmPromptId, Options(confirm.Prompt.Value, [new DialogChoice("Yes"), new DialogChoice("No")]), cancellationToken);

    private Task<DialogTurnResult> ConfirmedAsync(WaterfallStepContext sc, AskConfirmStep confirm, CancellationToken cancellationToken)
    {
        if (SwitchRequested(sc) is { } switched)
        {
            return sc.EndDialogAsync(switched, cancellationToken);
        }

        return GoAsync(sc, sc.Result is true ? confirm.Yes : confirm.No, cancellationToken);
    }

    private static Task<DialogTurnResult> AskTextAsync(WaterfallStepContext sc, AskTextStep text, CancellationToken cancellationToken) =>
        sc.PromptAsync(TextPromptId, Options(text.Prompt.Value, null), cancellationToken);

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

    private FlowResult? SwitchRequested(WaterfallStepContext sc)
    {
        if (sc.Context.TurnState.Get<TopicSwitch>() is not { } topicSwitch)
        {
            return null;
        }

        sc.Context.TurnState.Remove(typeof(TopicSwitch).FullName!);
        var title = _content.FindFlow(topicSwitch.FlowId)?.Title ?? topicSwitch.FlowId;
        return new FlowResult(topicSwitch.FlowId, ConversationText.TopicLead(title));
    }

    private static PromptOptions Options(string prompt, IReadOnlyList<DialogChoice>? choices) => new()
    {
        Prompt = Activity.CreateMessage(prompt),
        RetryPrompt = Activity.CreateMessage(ConversationText.Retry),
        GiveUpPrompt = ConversationText.GiveUpActivity(),
        Choices = choices,
    };
}
