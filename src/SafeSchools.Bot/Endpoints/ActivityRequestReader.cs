using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using SafeSchools.Bot.Connector.Schema;
using SafeSchools.Bot.Hosting;

namespace SafeSchools.Bot.Endpoints;

/// <summary>
/// Reads one activity from an HTTP request, refusing anything that is not a JSON activity within the size limits
/// (<see cref="BotOptions.MaxActivityBytes"/> for the body, <see cref="BotOptions.MaxMessageLength"/> for its text).
/// </summary>
internal static class ActivityRequestReader
{
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, BotOptions limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (!request.HasJsonContentType())
        {
            return ActivityReadResult.Failure(StatusCodes.Status400BadRequest, "The request must have Content-Type: application/json.");
        }

        var maxBytes = limits.MaxActivityBytes;
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        using var body = await ReadBodyAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }

        var read = Parse(body.WrittenSpan);
        return read.Activity is { Text.Length: var length } activity && length > limits.MaxMessageLength ? TooLong(activity, limits.MaxMessageLength) : read;
    }

    private static ActivityReadResult Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return ActivityReadResult.Failure(StatusCodes.Status400BadRequest, "The request body is empty; it must be an activity.");
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return ActivityReadResult.Failure(StatusCodes.Status400BadRequest, "The request body must be a JSON object (one activity).");
            }

            var activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
            return string.IsNullOrWhiteSpace(activity?.Type)
                ? ActivityReadResult.Failure(StatusCodes.Status400BadRequest, "The activity has no type.")
                : ActivityReadResult.Success(activity);
        }
        catch (JsonException)
        {
            return ActivityReadResult.Failure(StatusCodes.Status400BadRequest, "The request body is not valid JSON or not a valid activity.");
        }
    }

    // The body in a buffer rented from the shared pool (the caller disposes it), or null when it is over the limit.
    private static async Task<PooledBufferWriter?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBytes + 1L;
        }

        var body = new PooledBufferWriter((int)Math.Clamp(request.ContentLength ?? 4096, 256, maxBytes + 1L));
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(body.GetMemory(), cancellationToken)) > 0)
            {
                body.Advance(read);
                if (body.WrittenCount > maxBytes)
                {
                    body.Dispose();
                    return null;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body.Dispose();
            return null;
        }

        return body;
    }

    // Said so that Web Chat can show it to the person as it stands.
    private static ActivityReadResult TooLong(Activity activity, int maxLength) =>
        ActivityReadResult.TooLong(
            activity,
            $"That message is too long for the chatbot: please send it in shorter parts of up to {maxLength.ToString("N0", CultureInfo.InvariantCulture)} characters.");

    private static ActivityReadResult TooLarge(int maxBytes) =>
        ActivityReadResult.Failure(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than the {maxBytes / 1024} KB limit.");
}
