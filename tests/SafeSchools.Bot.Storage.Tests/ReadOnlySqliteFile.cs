using Microsoft.Data.Sqlite;

namespace SafeSchools.Bot.Storage.Tests;

/// <summary>
/// Makes a SQLite database file read-only in a way that holds for root too (the tests may run as root, which file
/// permissions do not stop): it clears the permission bits and sets the header's write version (byte 18) above 2,
/// which SQLite must treat as read-only. Reads keep working; every write fails with SQLITE_READONLY.
/// </summary>
public static class ReadOnlySqliteFile
{
    private const int WriteVersionOffset = 18;
    private const byte WalWriteVersion = 2;
    private const byte UnknownWriteVersion = 3;
    private const UnixFileMode Writable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>Checkpoints the WAL into the file (so its header is the one SQLite reads), then makes it read-only.</summary>
    public static void Set(string path)
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        WriteVersion(path, UnknownWriteVersion);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, ReadOnly);
        }
    }

    /// <summary>Makes the file writable again (connections SQLite opened read-only stay so until they are closed).</summary>
    public static void Clear(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, Writable);
        }

        WriteVersion(path, WalWriteVersion);
    }

    private static void WriteVersion(string path, byte version)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        file.Position = WriteVersionOffset;
        file.WriteByte(version);
    }
}
