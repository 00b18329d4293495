namespace SafeSchools.Bot.Connector.Authentication;

/// <summary>
/// Thrown instead of posting to a service URL the request's identity does not vouch for, so a forged activity
/// cannot make the bot send requests (with its bearer token) to an address of the sender's choosing.
/// </summary>
public sealed class UntrustedServiceUrlException : InvalidOperationException
{
    /// <summary>Creates the exception with a default message.</summary>
    public UntrustedServiceUrlException()
        : base("The reply's serviceUrl is not one the authenticated request vouches for.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
