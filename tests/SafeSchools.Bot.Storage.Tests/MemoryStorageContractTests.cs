using SafeSchools.Bot.Dialogs;

namespace SafeSchools.Bot.Storage.Tests;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new MemoryStorage());
}
