namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>
/// Thrown when a token cannot be checked at all because the signing keys cannot be fetched (the OpenID metadata
/// endpoint is unreachable or answers nonsense, and no keys are held yet): a temporary fault of the bot's side, not a
/// refusal. The request should be answered 503 with <c>Retry-After</c>; nothing ran.
/// </summary>
public sealed class AuthenticationUnavailableException : Exception
{
    private const string DefaultMessage = "The signing keys for tokens cannot be fetched now.";

    /// <summary>Creates the exception with a default message and a one-second <see cref="RetryAfter"/>.</summary>
    public AuthenticationUnavailableException()
        : this(DefaultMessage, TimeSpan.FromSeconds(1))
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and a one-second <see cref="RetryAfter"/>.</summary>
    public AuthenticationUnavailableException(string message)
        : this(message, TimeSpan.FromSeconds(1))
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public AuthenticationUnavailableException(string message, Exception innerException)
        : base(message, innerException) => RetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>Creates the exception with <paramref name="message"/> and when to try again.</summary>
    public AuthenticationUnavailableException(string message, TimeSpan retryAfter)
        : base(message) => RetryAfter = retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter;

    /// <summary>How long until the keys are next fetched (at least one second): the request's <c>Retry-After</c>.</summary>
    public TimeSpan RetryAfter { get; }
}
