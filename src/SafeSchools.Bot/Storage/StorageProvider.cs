namespace SafeSchools.Bot.Storage;

/// <summary>The state stores the bot can use.</summary>
internal enum StorageProvider
{
    /// <summary>An embedded SQLite file: no set-up, one instance.</summary>
    Sqlite,

    /// <summary>PostgreSQL: for several instances behind a load balancer.</summary>
    PostgreSql,

    /// <summary>In memory: tests only; lost on restart.</summary>
    Memory,
}
