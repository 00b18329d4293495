namespace SafeSchools.Bot.Web;

/// <summary>Settings of the web chat pages (section <c>Web</c>).</summary>
internal sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>Where "Exit this page" goes: a neutral site (GOV.UK's default is BBC Weather).</summary>
    public string QuickExitUrl { get; set; } = "https://www.bbc.co.uk/weather";

    /// <summary>Origins allowed to embed the chat with widget.js (CSP frame-ancestors), e.g. the team's website.</summary>
    public IReadOnlyList<string> WidgetHosts { get; set; } = [];
}
