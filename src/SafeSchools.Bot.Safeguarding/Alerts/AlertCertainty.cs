namespace SafeSchools.Bot.Safeguarding.Alerts;

/// <summary>How sure a detection is.</summary>
public enum AlertCertainty
{
    /// <summary>Could be a risk or could be everyday talk: ask a short clarifying question and let the user carry on.</summary>
    Uncertain = 0,

    /// <summary>Clearly a risk: show the category's reply before anything else.</summary>
    Certain = 1,
}
