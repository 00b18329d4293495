namespace SafeSchools.Bot.Dialogs;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>A dialog was started.</summary>
    BeginCalled,

    /// <summary>The active dialog was continued with the user's reply.</summary>
    ContinueCalled,

    /// <summary>A dialog ended normally.</summary>
    EndCalled,

    /// <summary>A dialog was replaced by another.</summary>
    ReplaceCalled,

    /// <summary>A dialog was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step called <see cref="WaterfallStepContext.NextAsync"/>.</summary>
    NextCalled,
}
