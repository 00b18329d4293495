using SafeSchools.Bot.Storage.Tests;
using SafeSchools.Bot.Tests.Infrastructure;

namespace SafeSchools.Bot.Tests.Deployment;

/// <summary>Tests of the two-instance deployment: a private PostgreSQL server and a Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class ScaleOutBrowserCollection : ICollectionFixture<PostgreSqlServer>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "scale-out-browser";
}
