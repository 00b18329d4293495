using Microsoft.Extensions.Options;
using Npgsql;
using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage;

/// <summary>Registers the configured state store, the conversation state and the retention sweep.</summary>
internal static class StorageServiceExtensions
{
    public static WebApplicationBuilder AddBotStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != StorageProvider.PostgreSql || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString is required when Storage:Provider is PostgreSql.")
            .ValidateOnStart();

        builder.Services.AddSingleton(services => CreateStorage(services, builder.Environment.ContentRootPath));
        builder.Services.AddSingleton(services => services.GetRequiredService<IStorage>() as IStorageMaintenance ?? new MemoryStorageMaintenance());
        builder.Services.AddSingleton(services => new ConversationState(services.GetRequiredService<IStorage>()));
        builder.Services.AddHostedService<RetentionSweeper>();
        return builder;
    }

    private static IStorage CreateStorage(IServiceProvider services, string contentRoot)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        return options.Provider switch
        {
            StorageProvider.Memory => new MemoryStorage(),
            StorageProvider.PostgreSql => new PostgreSqlStorage(NpgsqlDataSource.Create(options.ConnectionString), time),
            _ => new SqliteStorage(Path.Combine(contentRoot, options.SqlitePath), time),
        };
    }
}
