using System.Net;

namespace Formulate.Tests.Web.Api;

/// <summary>A body sent without a Content-Length, as a chunked upload is.</summary>
public sealed class UnknownLengthContent(byte[] body) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
