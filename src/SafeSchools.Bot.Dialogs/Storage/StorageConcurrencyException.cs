namespace SafeSchools.Bot.Dialogs;

/// <summary>Thrown when a write's ETag no longer matches the stored item: another turn changed it first.</summary>
public sealed class StorageConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageConcurrencyException()
        : base("The item was changed by another writer (ETag conflict).")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a key.</summary>
    public static StorageConcurrencyException ForKey(string key) =>
        new($"ETag conflict writing '{key}': the item was changed or created by another writer.");
}
