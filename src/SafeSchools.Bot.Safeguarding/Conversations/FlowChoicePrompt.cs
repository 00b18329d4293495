using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Safeguarding.Conversations;

/// <summary>
/// The choice prompt of the flows (and of their yes/no questions, whose options are Yes and No). It accepts only a
/// strict answer (<see cref="StrictAnswer"/>) or the option the bot already worked out from the person's own words
/// (<see cref="ChosenAnswer"/>); everything else was interpreted by the bot before the dialog ran.
/// </summary>
/// <param name="dialogId">The prompt's id in its flow.</param>
/// <param name="optionsOfStep">
/// The options a step of the flow asks with (null for a step that asks nothing), from the flow compiled at start-up:
/// the waiting question is the step right under the prompt on the stack, so its options need not be read back from
/// the prompt's state.
/// </param>
/// <param name="yesNo">Whether the options are Yes and No.</param>
internal sealed class FlowChoicePrompt(string dialogId, Func<string, PromptOptions?> optionsOfStep, bool yesNo = false) : Prompt<FoundChoice>(dialogId)
{
    protected override PromptOptions? ResolveOptions(DialogContext dc) =>
        dc.Stack is [_, var step, ..] ? optionsOfStep(step.Id) : null;

    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var activity = ChoiceFactory.AppendChoices(PickPrompt(options, isRetry), turnContext.Activity, options.Choices ?? [], options.Style ?? ListStyle.Auto);
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        var index = turnContext.TurnState.Get<ChosenAnswer>()?.Index
            ?? StrictAnswer.IndexOf(UtteranceOf(turnContext), choices, yesNo, RecognizerCulture.Resolve(turnContext.Activity.Locale));
        return Task.FromResult(index is { } i && i >= 0 && i < choices.Count
            ? new PromptRecognizerResult<FoundChoice>(true, new FoundChoice(choices[i].Value, i, 1.0))
            : new PromptRecognizerResult<FoundChoice>(false));
    }
}
