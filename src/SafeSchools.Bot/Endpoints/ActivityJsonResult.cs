using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.Endpoints;

/// <summary>
/// A turn's response body as JSON in the wire format (<see cref="BotJson.Options"/>), written into a pooled buffer in
/// one synchronous pass and sent with its length: an <c>expectReplies</c> body's activities go straight to the activity
/// writer, without the serializer resolving the body's type as <see cref="object"/> and walking the envelope's
/// reflection contract, and without its resumable (asynchronous) serialization into the response.
/// </summary>
internal sealed class ActivityJsonResult(object? body, int statusCode) : IResult, IStatusCodeHttpResult
{
    /// <inheritdoc />
    public int? StatusCode => statusCode;

    /// <summary>The body as the response carries it: the same bytes the serializer writes for it with the wire options.</summary>
    public static void Write(PooledBufferWriter buffer, object? body)
    {
        using var writer = new Utf8JsonWriter(buffer, BotJson.WriterOptions);
        if (body is null)
        {
            writer.WriteNullValue();
        }
        else if (body is ExpectedReplies replies)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("activities"u8);
            BotJson.WriteActivities(writer, replies.Activities);
            writer.WriteEndObject();
        }
        else
        {
            JsonSerializer.Serialize(writer, body, BotJson.Options.GetTypeInfo(body.GetType()));
        }
    }

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        using var buffer = new PooledBufferWriter(4096);
        Write(buffer, body);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = buffer.WrittenCount;
        var output = response.BodyWriter;
        buffer.WrittenSpan.CopyTo(output.GetSpan(buffer.WrittenCount));
        output.Advance(buffer.WrittenCount);
        await output.FlushAsync(httpContext.RequestAborted);
    }
}
