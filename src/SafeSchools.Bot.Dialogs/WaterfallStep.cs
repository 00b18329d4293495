namespace SafeSchools.Bot.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>.</summary>
/// <param name="stepContext">The step's context.</param>
/// <param name="cancellationToken">Cancels the turn.</param>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
