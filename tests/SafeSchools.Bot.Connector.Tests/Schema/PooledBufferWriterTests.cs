using System.Text;
using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Connector.Tests.Schema;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Write_MoreThanTheFirstBuffer_KeepsEverythingWrittenInOrder()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => $"line {i};"));
        using var buffer = new PooledBufferWriter(16);

        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(text);
        }

        Assert.Equal(JsonSerializer.Serialize(text), Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal(buffer.WrittenSpan.Length, buffer.WrittenCount);
    }

    [Fact]
    public void Advance_PastTheBuffer_Throws()
    {
        using var buffer = new PooledBufferWriter(256);
        var room = buffer.GetSpan().Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(room + 1));
    }
}
