using SafeSchools.Bot.Connector;

namespace SafeSchools.Bot.Dialogs;

/// <summary>
/// A named, typed property of a <see cref="BotState"/> scope. The value is deserialized from the scope's JSON once per
/// turn, may be changed in place, and is serialized back when the scope saves.
/// </summary>
/// <typeparam name="T">The property type; it must round-trip through System.Text.Json.</typeparam>
public interface IStatePropertyAccessor<T>
{
    /// <summary>The property name.</summary>
    string Name { get; }

    /// <summary>Gets the value, creating and storing it with <paramref name="defaultValueFactory"/> when absent.</summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default);

    /// <summary>Gets the value, or default when absent.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    /// <summary>Sets the value.</summary>
    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    /// <summary>Removes the value.</summary>
    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
