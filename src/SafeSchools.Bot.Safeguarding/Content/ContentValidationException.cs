using System.Collections.ObjectModel;

namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>Thrown when the content in <c>dialogs/</c> has problems; lists every problem found, not only the first.</summary>
public sealed class ContentValidationException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    /// <param name="errors">Every problem found.</param>
    public ContentValidationException(IReadOnlyList<ContentError> errors)
        : base(Describe(errors))
    {
        Errors = new ReadOnlyCollection<ContentError>([.. errors]);
    }

    /// <summary>Creates the exception with a message only (no errors listed).</summary>
    public ContentValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message only (no errors listed).</summary>
    /// <param name="message">The message.</param>
    public ContentValidationException(string message)
        : base(message)
    {
        Errors = ReadOnlyCollection<ContentError>.Empty;
    }

    /// <summary>Creates the exception with a message and inner exception (no errors listed).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = ReadOnlyCollection<ContentError>.Empty;
    }

    /// <summary>Every problem found, in file and line order.</summary>
    public IReadOnlyList<ContentError> Errors { get; }

    private static string Describe(IReadOnlyList<ContentError> errors)
    {
        var lines = new List<string>
        {
            errors.Count == 1
                ? "The safeguarding content in dialogs/ has 1 problem. The bot will not start until it is fixed:"
                : $"The safeguarding content in dialogs/ has {errors.Count} problems. The bot will not start until they are fixed:",
        };
        lines.AddRange(errors.Select(e => "  - " + e));
        return string.Join(Environment.NewLine, lines);
    }
}
