using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Safeguarding.Alerts;
using SafeSchools.Bot.Safeguarding.Content;
using SafeSchools.Bot.Safeguarding.Conversations;
using SafeSchools.Bot.Safeguarding.Text;
using SafeSchools.Bot.Storage;
using SafeSchools.Bot.Understanding;

namespace SafeSchools.Bot.Benchmarks;

/// <summary>
/// One whole bot turn as the host runs it: idempotent-turn, understanding and alert middleware, state read, the real
/// dialogs from dialogs/, the replies remembered in the state, state write and replies, on the in-memory
/// <see cref="TestAdapter"/>, with state in memory, in a SQLite file or in PostgreSQL.
/// PostgreSQL runs only when <c>SAFESCHOOLS_BENCH_PG</c> holds a connection string (its table is created if needed).
/// </summary>
[MemoryDiagnoser]
public class BotTurnBenchmarks
{
    /// <summary>The environment variable with a PostgreSQL connection string; PostgreSQL is skipped without it.</summary>
    public const string PostgreSqlVariable = "SAFESCHOOLS_BENCH_PG";

    private const string ConversationId = "bench-conversation";

    // About 250 KB: understanding reads only its first Understanding:MaxTextLength characters.
    private static readonly string LongText = "they keep saying things about me online " + string.Concat(Enumerable.Repeat("and i dont know what to do ", 9500));

    private string _key = string.Empty;
    private IStorage _storage = null!;
    private TestAdapter _adapter = null!;
    private SafeguardingBot _bot = null!;
    private StoreItem _waitingForWhere = null!;
    private string? _sqliteFolder;
    private NpgsqlDataSource? _dataSource;

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "Memory";

    public static IEnumerable<string> Stores()
    {
        yield return "Memory";
        yield return "Sqlite";
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgreSqlVariable)))
        {
            yield return "PostgreSql";
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        var dialogs = DialogsFolder.Find();
        var detector = AlertDetector.Load(dialogs);
        var recognizer = new RecognizerSet([new CommandRecognizer(), new AlertRuleRecognizer(detector), UnderstandingRecognizers.Load(dialogs)]);
        var routes = new TopicRoutes(new UnderstandingOptions().IntentThreshold);
        _storage = CreateStorage();
        _adapter = new TestAdapter(Channels.Emulator, conversationId: ConversationId);
        var conversationState = new ConversationState(_storage);
        _adapter.Use(new IdempotentTurnMiddleware(conversationState, TimeProvider.System));
        _adapter.Use(new RecognizerMiddleware(recognizer));
        var content = ContentLoader.Load(dialogs);
        _adapter.Use(new SafeguardingAlertMiddleware(recognizer, detector, conversationState, content, NullLogger<SafeguardingAlertMiddleware>.Instance));
        _bot = new SafeguardingBot(
            conversationState, content, detector.Catalog, routes.Route, routes.TopicOf, recognizer);
        _key = $"{Channels.Emulator}/conversations/{ConversationId}";
        _storage.DeleteAsync([_key]).GetAwaiter().GetResult();

        // The bullying flow's first question ("Is it happening online, in person, or both?") is waiting.
        Say("I'm being bullied");
        _waitingForWhere = _storage.ReadAsync([_key]).GetAwaiter().GetResult()[_key] with { ETag = StoreItem.AnyETag };
        if (Say("menu") == 0 || Say("I'm being bullied") == 0 || Say("Online") < 3)
        {
            throw new InvalidOperationException("The bot did not answer the set-up turns as expected; check dialogs/.");
        }
    }

    /// <summary>
    /// Two ordinary turns that each read and write the state once: "menu" (back to the menu question), then the
    /// menu answer "I'm being bullied" (into the bullying flow's first question). Reported per turn.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public Task<int> MenuThenBullying() => TurnsAsync("menu", "I'm being bullied");

    /// <summary>
    /// The heaviest turn: answering "Online" runs several flow steps (the advice messages, then the next question). Each
    /// operation first puts the waiting state back, so it includes one extra state write.
    /// </summary>
    [Benchmark]
    public async Task<int> AnswerOnline()
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [_key] = _waitingForWhere });
        return await TurnAsync("Online");
    }

    /// <summary>
    /// A 250 KB message answering the same waiting question: understanding reads a bounded prefix, so it should cost
    /// about what <see cref="AnswerOnline"/> costs, not a hundred times more.
    /// </summary>
    [Benchmark]
    public async Task<int> AnswerWith250KilobyteMessage()
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [_key] = _waitingForWhere });
        return await TurnAsync(LongText);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _storage.DeleteAsync([_key]).GetAwaiter().GetResult();
        _dataSource?.Dispose();
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }

    private IStorage CreateStorage()
    {
        switch (Store)
        {
            case "Sqlite":
                _sqliteFolder = Directory.CreateTempSubdirectory("safeschools-bench-").FullName;
                return new SqliteStorage(Path.Combine(_sqliteFolder, "state.db"), TimeProvider.System);
            case "PostgreSql":
                _dataSource = NpgsqlDataSource.Create(Environment.GetEnvironmentVariable(PostgreSqlVariable)!);
                return new PostgreSqlStorage(_dataSource, TimeProvider.System);
            default:
                return new MemoryStorage();
        }
    }

    private int Say(string text) => TurnAsync(text).GetAwaiter().GetResult();

    private async Task<int> TurnsAsync(string first, string second) => await TurnAsync(first) + await TurnAsync(second);

    // Runs one turn and takes its replies off the adapter; returns how many messages the user got.
    private async Task<int> TurnAsync(string text)
    {
        await _adapter.ProcessActivityAsync(_adapter.MakeActivity(text), _bot.OnTurnAsync);
        var messages = 0;
        while (_adapter.GetNextReply() is { } reply)
        {
            messages += reply.Type == ActivityTypes.Message ? 1 : 0;
        }

        return messages;
    }
}
