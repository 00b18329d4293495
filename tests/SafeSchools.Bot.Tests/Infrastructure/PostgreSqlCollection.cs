using SafeSchools.Bot.Storage.Tests;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>Host tests that share one private PostgreSQL server (each test makes its own database on it).</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "postgresql";
}
