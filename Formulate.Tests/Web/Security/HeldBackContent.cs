using System.Net;
using System.Net.Http.Headers;

namespace Formulate.Tests.Web.Security;

/// <summary>A CSV body that sends its first byte, then waits to be let go: keeps a request running for as long as a test needs.</summary>
public sealed class HeldBackContent : HttpContent
{
    private readonly byte[] _body;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HeldBackContent(byte[] body)
    {
        _body = body;
        Headers.ContentType = new MediaTypeHeaderValue("text/csv");
    }

    public void Release() => _release.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_body.AsMemory(0, 1));
        await stream.FlushAsync();
        await _release.Task;
        await stream.WriteAsync(_body.AsMemory(1));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}
