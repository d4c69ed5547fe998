using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>
/// A stand-in for GOV.UK Notify on loopback: it answers <c>POST /v2/notifications/sms</c> as Notify does, refusing any
/// request whose bearer token is not an HS256 JSON Web Token signed with the key's secret, issued by its service id within
/// 30 seconds of <paramref name="now"/>, and keeps each text message it accepts.
/// </summary>
public sealed class NotifyServer : IDisposable
{
    public const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    public const string Secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public const string ApiKey = $"formulate_test-{ServiceId}-{Secret}";
    public const string TemplateId = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    private readonly HttpListener _listener = new();
    private readonly Func<DateTimeOffset> _now;
    private readonly Task _serving;

    public NotifyServer(Func<DateTimeOffset> now)
    {
        _now = now;
        BaseUrl = $"http://127.0.0.1:{LoopbackPort.Free()}/";

        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<TextMessage> Received { get; } = new();

    /// <summary>Requests refused, with why, so a test can say what was wrong.</summary>
    public ConcurrentQueue<string> Refused { get; } = new();

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var problem = context.Request.HttpMethod != "POST" || context.Request.Url!.AbsolutePath != "/v2/notifications/sms" ? "not found"
            : TokenProblem(context.Request.Headers["Authorization"]);
        if (problem is not null)
        {
            Refused.Enqueue(problem);
            await ReplyAsync(context, problem == "not found" ? 404 : 403, new { status_code = 403, errors = new[] { new { error = "AuthError", message = problem } } });
            return;
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var message = new TextMessage(
            root.GetProperty("phone_number").GetString()!, root.GetProperty("template_id").GetString()!,
            root.GetProperty("personalisation").GetProperty("body").GetString()!);
        Received.Enqueue(message);
        await ReplyAsync(context, 201, new { id = Guid.NewGuid(), content = new { body = message.Body }, template = new { id = message.TemplateId, version = 1 } });
    }

    private string? TokenProblem(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return "Unauthorized: authentication token must be provided";
        }

        var parts = authorization["Bearer ".Length..].Split('.');
        if (parts.Length != 3)
        {
            return "Invalid token: not a JSON Web Token";
        }

        var expected = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}")));
        if (expected != parts[2])
        {
            return "Invalid token: signature, api token not found";
        }

        using var header = JsonDocument.Parse(FromBase64Url(parts[0]));
        using var claims = JsonDocument.Parse(FromBase64Url(parts[1]));
        if (header.RootElement.GetProperty("alg").GetString() != "HS256")
        {
            return "Invalid token: algorithm used is not HS256";
        }

        if (claims.RootElement.GetProperty("iss").GetString() != ServiceId)
        {
            return "Invalid token: service not found";
        }

        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(claims.RootElement.GetProperty("iat").GetInt64());
        return (issuedAt - _now()).Duration() > TimeSpan.FromSeconds(30) ? "Invalid token: expired, check that your system clock is accurate" : null;
    }

    private static async Task ReplyAsync(HttpListenerContext context, int status, object answer)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var bytes = JsonSerializer.SerializeToUtf8Bytes(answer);
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
