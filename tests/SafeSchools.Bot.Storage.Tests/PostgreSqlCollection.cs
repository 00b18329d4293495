namespace SafeSchools.Bot.Storage.Tests;

/// <summary>Tests that share one private PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "postgresql";
}
