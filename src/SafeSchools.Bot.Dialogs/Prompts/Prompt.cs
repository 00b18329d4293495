using System.Text.Json.Nodes;
using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// Asks a question and ends with the recognised, valid answer. A failed answer gets the retry prompt; after
/// <see cref="PromptOptions.MaxAttempts"/> failed answers the prompt sends <see cref="PromptOptions.GiveUpPrompt"/>
/// and cancels the dialog stack, so it never loops and never goes silent.
/// </summary>
/// <typeparam name="T">The answer type.</typeparam>
public abstract class Prompt<T> : Dialog
{
    /// <summary>Sent on giving up when the app supplied no <see cref="PromptOptions.GiveUpPrompt"/>.</summary>
    public const string DefaultGiveUpText = "Sorry, I still didn't understand, so let's stop there. You can start again at any time.";

    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";

    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates a prompt with an optional validator.</summary>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId) => _validator = validator;

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(promptOptions.MaxAttempts, 1, nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = TypedStateValue.Create(promptOptions);
        state[AttemptCountKey] = 0;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = ResolveOptions(dc) ?? ReadOptions(state);
        var attemptCount = (state[AttemptCountKey]?.GetValue<int>() ?? 0) + 1;
        state[AttemptCountKey] = attemptCount;

        var respondedBefore = dc.Context.Responded;
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        if (await IsValidAsync(dc.Context, recognized, options, attemptCount, cancellationToken))
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (attemptCount >= options.MaxAttempts)
        {
            return await OnGiveUpAsync(dc, options, cancellationToken);
        }

        // A validator that replied has explained the problem itself; middleware replies do not count.
        if (respondedBefore || !dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>A child dialog of the prompt ended: ask again and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, instance.State, ReadOptions(instance.State), false, cancellationToken);
    }

    /// <summary>
    /// The options of the question this prompt is waiting on (it is the active dialog of <paramref name="dc"/>), when
    /// the app can resolve them from its own dialogs, built once and shared by every conversation: then the copy kept
    /// in the prompt's state (still written when the question is asked) is not deserialized on every answer. Null, the
    /// default, reads them from the state.
    /// </summary>
    protected virtual PromptOptions? ResolveOptions(DialogContext dc) => null;

    /// <summary>Sends the question, or the retry prompt when <paramref name="isRetry"/>.</summary>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken);

    /// <summary>Recognises the answer in the incoming activity.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Sends the give-up message and cancels the dialog stack.</summary>
    protected virtual async Task<DialogTurnResult> OnGiveUpAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var giveUp = options.GiveUpPrompt ?? Activity.CreateMessage(DefaultGiveUpText);
        await dc.Context.SendActivityAsync(giveUp with { InputHint = giveUp.InputHint ?? InputHints.AcceptingInput }, cancellationToken);
        return await dc.CancelAllDialogsAsync(cancellationToken);
    }

    /// <summary>The activity to send: the retry prompt on a retry when there is one, else the prompt, marked as expecting input.</summary>
    protected static Activity PickPrompt(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        var activity = (isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt) ?? Activity.CreateMessage();
        return activity with { Type = activity.Type ?? ActivityTypes.Message, InputHint = activity.InputHint ?? InputHints.ExpectingInput };
    }

    /// <summary>The user's text with any @mention of the bot removed.</summary>
    protected static string? UtteranceOf(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.RemoveRecipientMention();
    }

    private static PromptOptions ReadOptions(JsonObject state) =>
        TypedStateValue.TryRead<PromptOptions>(state, OptionsKey, out var options)
            ? options
            : throw new InvalidOperationException("The prompt's options are missing from its state.");

    private async Task<bool> IsValidAsync(ITurnContext turnContext, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount, CancellationToken cancellationToken)
    {
        if (_validator is null)
        {
            return recognized.Succeeded;
        }

        return await _validator(new PromptValidatorContext<T>(turnContext, recognized, options, attemptCount), cancellationToken);
    }
}
