using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs;

internal sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(defaultValueFactory);
        var cached = await state.LoadCachedAsync(turnContext, cancellationToken);
        if (cached.TryGet<T>(Name, out var value))
        {
            return value;
        }

        var created = defaultValueFactory();
        cached.Set(Name, created);
        return created;
    }

    public async Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.LoadCachedAsync(turnContext, cancellationToken);
        return cached.TryGet<T>(Name, out var value) ? value : default;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var cached = await state.LoadCachedAsync(turnContext, cancellationToken);
        cached.Set(Name, value);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.LoadCachedAsync(turnContext, cancellationToken);
        cached.Remove(Name);
    }
}
