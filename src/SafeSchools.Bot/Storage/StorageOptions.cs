using System.ComponentModel.DataAnnotations;

namespace SafeSchools.Bot.Storage;

/// <summary>Where conversation state is kept and for how long (section <c>Storage</c>).</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><see cref="StorageProvider.Sqlite"/> (default, embedded), <see cref="StorageProvider.PostgreSql"/> or <see cref="StorageProvider.Memory"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file, relative to the bot's folder unless absolute.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "safeschools.db");

    /// <summary>The PostgreSQL connection string (Provider = PostgreSql).</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>State not written for this long is deleted by the retention sweep.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RetentionPeriod { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the retention sweep runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);
}
