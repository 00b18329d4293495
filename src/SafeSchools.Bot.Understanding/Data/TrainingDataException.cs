namespace SafeSchools.Bot.Understanding.Data;

/// <summary>Training data that cannot be used, with every problem as "file line N: reason".</summary>
public sealed class TrainingDataException : Exception
{
    /// <summary>Creates the exception for the given problems.</summary>
    public TrainingDataException(IReadOnlyList<string> problems)
        : base("The training data has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems)) =>
        Problems = problems;

    /// <summary>Creates the exception for one problem.</summary>
    public TrainingDataException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with no detail.</summary>
    public TrainingDataException()
        : this("unknown problem")
    {
    }

    /// <summary>Creates the exception wrapping another.</summary>
    public TrainingDataException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Each problem as "file line N: reason".</summary>
    public IReadOnlyList<string> Problems { get; }
}
