using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using SafeSchools.Bot.Connector.Schema;

namespace SafeSchools.Bot.DirectLine;

/// <summary>Pushes a conversation's activities over a WebSocket as Direct Line <c>ActivitySet</c> messages.</summary>
internal sealed class DirectLineStream(DirectLineConversation conversation, WebSocket socket)
{
    public async Task RunAsync(long watermark, CancellationToken cancellationToken)
    {
        var notifications = conversation.Listen();
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = WatchForCloseAsync(closing);
        var ended = false;
        try
        {
            watermark = await SendFromAsync(watermark, closing.Token);
            while (await notifications.WaitToReadAsync(closing.Token))
            {
                while (notifications.TryRead(out _))
                {
                }

                watermark = await SendFromAsync(watermark, closing.Token);
            }

            // The conversation ended (forgotten or removed) after its last activity was sent: close the socket properly
            // and give the client a moment to answer, rather than aborting it by cancelling the pending receive.
            ended = true;
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "conversation ended", CancellationToken.None);
            await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None));
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            conversation.StopListening(notifications);
            await closing.CancelAsync();
            await receiving;
        }

        if (!ended && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "conversation ended", CancellationToken.None);
        }
    }

    private async Task<long> SendFromAsync(long watermark, CancellationToken cancellationToken)
    {
        var (activities, next) = conversation.ReadFrom(watermark);
        if (activities.Count > 0)
        {
            var set = new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture));
            var bytes = JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options);
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }

        return next;
    }

    // Direct Line clients send nothing on the stream; a close frame (or a dropped socket) ends it.
    private async Task WatchForCloseAsync(CancellationTokenSource closing)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closing.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }

        await closing.CancelAsync();
    }
}
