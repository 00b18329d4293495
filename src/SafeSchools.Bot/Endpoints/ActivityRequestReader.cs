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

        var body = await ReadBodyAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }

        var read = Parse(body);
        return read.Activity is { Text.Length: var length } activity && length > limits.MaxMessageLength ? TooLong(activity, limits.MaxMessageLength) : read;
    }

    private static ActivityReadResult Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return ActivityReadResult.Failure(StatusCodes.Status400BadRequest, "The request body is empty; it must be an activity.");
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ActivityReadResult.Failure(StatusCodes.Status400BadRequest, "The request body must be a JSON object (one activity).");
            }

            var activity = document.RootElement.Deserialize<Activity>(BotJson.Options);
            return string.IsNullOrWhiteSpace(activity?.Type)
                ? ActivityReadResult.Failure(StatusCodes.Status400BadRequest, "The activity has no type.")
                : ActivityReadResult.Success(activity);
        }
        catch (JsonException)
        {
            return ActivityReadResult.Failure(StatusCodes.Status400BadRequest, "The request body is not valid JSON or not a valid activity.");
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBytes + 1L;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    // Said so that Web Chat can show it to the person as it stands.
    private static ActivityReadResult TooLong(Activity activity, int maxLength) =>
        ActivityReadResult.TooLong(
            activity,
            $"That message is too long for the chatbot: please send it in shorter parts of up to {maxLength.ToString("N0", CultureInfo.InvariantCulture)} characters.");

    private static ActivityReadResult TooLarge(int maxBytes) =>
        ActivityReadResult.Failure(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than the {maxBytes / 1024} KB limit.");
}
