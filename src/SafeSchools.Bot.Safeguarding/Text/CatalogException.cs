namespace SafeSchools.Bot.Safeguarding.Text;

/// <summary>Thrown when an officer-edited YAML file (alerts or intents) has errors; every error found is listed.</summary>
public sealed class CatalogException : Exception
{
    /// <summary>Creates the exception for the errors found.</summary>
    public CatalogException(IReadOnlyList<CatalogError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Creates the exception with a message only.</summary>
    public CatalogException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CatalogException(string message)
        : base(message) => Errors = [];

    /// <summary>Creates the exception with a message and the cause.</summary>
    public CatalogException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<CatalogError> Errors { get; }

    private static string Describe(IReadOnlyList<CatalogError> errors) =>
        errors.Count == 0
            ? "The file could not be loaded."
            : $"{errors.Count} problem(s) found:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}
