using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Web;

/// <summary>Browser tests share one Chromium and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
