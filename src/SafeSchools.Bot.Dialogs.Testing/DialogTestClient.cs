using SafeSchools.Bot.Connector;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Dialogs.Testing;

/// <summary>
/// Drives a dialog in memory turn by turn, as a channel would, and exposes its replies and the last
/// <see cref="DialogTurnResult"/>. State is saved after every turn, so each turn reads it back from storage.
/// </summary>
public sealed class DialogTestClient
{
    private readonly Dialog _dialog;
    private readonly object? _initialDialogOptions;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;

    /// <summary>Creates a client for <paramref name="targetDialog"/> on a channel.</summary>
    /// <param name="channelId">The channel, e.g. <see cref="Channels.Test"/>.</param>
    /// <param name="targetDialog">The dialog under test.</param>
    /// <param name="initialDialogOptions">The options the dialog begins with.</param>
    /// <param name="middlewares">Middleware each turn runs through.</param>
    /// <param name="storage">The storage; a new <see cref="MemoryStorage"/> when null.</param>
    /// <param name="conversationType">The conversation type, e.g. <c>personal</c> for Teams.</param>
    public DialogTestClient(
        string channelId,
        Dialog targetDialog,
        object? initialDialogOptions = null,
        IEnumerable<IMiddleware>? middlewares = null,
        IStorage? storage = null,
        string? conversationType = null)
        : this(new TestAdapter(channelId, conversationType), targetDialog, initialDialogOptions, middlewares, storage)
    {
    }

    /// <summary>Creates a client that runs turns on <paramref name="adapter"/>.</summary>
    public DialogTestClient(
        TestAdapter adapter,
        Dialog targetDialog,
        object? initialDialogOptions = null,
        IEnumerable<IMiddleware>? middlewares = null,
        IStorage? storage = null)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _dialog = targetDialog ?? throw new ArgumentNullException(nameof(targetDialog));
        _initialDialogOptions = initialDialogOptions;
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        UserState = new UserState(Storage);
        _dialogState = ConversationState.CreateProperty<DialogState>(nameof(DialogState));
        foreach (var middleware in middlewares ?? [])
        {
            adapter.Use(middleware);
        }
    }

    /// <summary>The adapter that runs the turns.</summary>
    public TestAdapter Adapter { get; }

    /// <summary>The storage behind the state.</summary>
    public IStorage Storage { get; }

    /// <summary>The conversation state, saved after every turn.</summary>
    public ConversationState ConversationState { get; }

    /// <summary>The user state, saved after every turn.</summary>
    public UserState UserState { get; }

    /// <summary>The result of the last turn.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>Sends a message and returns the first reply to it, or null.</summary>
    public Task<T?> SendActivityAsync<T>(string text, CancellationToken cancellationToken = default)
        where T : class =>
        SendActivityAsync<T>(Adapter.MakeActivity(text), cancellationToken);

    /// <summary>Sends an activity and returns the first reply to it, or null.</summary>
    public async Task<T?> SendActivityAsync<T>(Activity activity, CancellationToken cancellationToken = default)
        where T : class
    {
        await Adapter.ProcessActivityAsync(activity, RunTurnAsync, cancellationToken);
        return GetNextReply<T>();
    }

    /// <summary>Takes the next reply not yet taken, or null.</summary>
    public T? GetNextReply<T>()
        where T : class => Adapter.GetNextReply() as T;

    /// <summary>Takes the next reply not yet taken, or null.</summary>
    public Activity? GetNextReply() => Adapter.GetNextReply();

    private async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        DialogTurnResult = await _dialog.RunAsync(turnContext, _dialogState, _initialDialogOptions, cancellationToken);
        await ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await UserState.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
