namespace SafeSchools.Bot.Safeguarding.Content;

/// <summary>An entry in the services directory (<c>dialogs/services.yaml</c>): a helpline, reporting site or police contact.</summary>
/// <remarks>Only facts from the project's sources may be entered; <see cref="Hours"/> is present only when verified.</remarks>
public sealed record Service
{
    /// <summary>The id flows use to refer to the service, e.g. <c>childline</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name shown to users.</summary>
    public required string Name { get; init; }

    /// <summary>Who the service is for, shown to users.</summary>
    public string? For { get; init; }

    /// <summary>Who can use it (age limits and conditions), shown to users.</summary>
    public string? Eligibility { get; init; }

    /// <summary>The phone number as written (spaces allowed), e.g. <c>0800 1111</c>.</summary>
    public string? Phone { get; init; }

    /// <summary>A textphone number, e.g. <c>18001 101</c>.</summary>
    public string? Textphone { get; init; }

    /// <summary>The SMS route, if any.</summary>
    public ServiceText? Text { get; init; }

    /// <summary>An email address.</summary>
    public string? Email { get; init; }

    /// <summary>The main web address.</summary>
    public string? Url { get; init; }

    /// <summary>A web chat address.</summary>
    public string? ChatUrl { get; init; }

    /// <summary>A British Sign Language video relay address.</summary>
    public string? BslUrl { get; init; }

    /// <summary>Opening hours, only when verified; when absent the bot says "check their website for opening times".</summary>
    public string? Hours { get; init; }

    /// <summary>Names of fields the sources mark as unverified (e.g. <c>hours</c>); those fields must not be filled in.</summary>
    public IReadOnlyList<string> Unverified { get; init; } = [];

    /// <summary>Where the facts come from; required (empty only when missing, which validation reports).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>When the facts were last checked; required (null only when missing, which validation reports).</summary>
    public DateOnly? Checked { get; init; }

    /// <summary>Notes for officers; never shown to users.</summary>
    public string? Notes { get; init; }

    /// <summary>Where the service is written in <c>services.yaml</c>.</summary>
    public required SourceLocation Location { get; init; }
}
