using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Formulate.Web.SelfAssessments;

/// <summary>Sends the text messages of a self-assessment through GOV.UK Notify's REST API (<c>POST /v2/notifications/sms</c>).</summary>
public sealed partial class SelfAssessmentSms(
    IHttpClientFactory clients, IOptions<SmsOptions> options, TimeProvider clock, ILogger<SelfAssessmentSms> logger)
{
    public const string ClientName = "notify";

    public bool IsConfigured => options.Value.IsConfigured;

    public Task<bool> SendReturnCodeAsync(string to, string reference, string code, int minutes, CancellationToken cancellationToken) =>
        SendAsync(to, $"Your code is {code}. Use it with your reference, {reference}, to carry on with your self-assessment. It works for {minutes} minutes.", cancellationToken);

    public Task<bool> SendInvitationAsync(string to, string link, int days, CancellationToken cancellationToken) =>
        SendAsync(to, $"Your council has asked you to tell them about the help you need. Open this link to start: {link} It works once, for {days} days.", cancellationToken);

    private async Task<bool> SendAsync(string to, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            NotConfigured(logger);
            return false;
        }

        if (NotifyToken.Parse(settings.ApiKey) is not { } key)
        {
            BadKey(logger);
            return false;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(settings.BaseUrl.TrimEnd('/') + "/"), "v2/notifications/sms"))
        {
            Content = JsonContent.Create(new { phone_number = to, template_id = settings.TemplateId, personalisation = new { body } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", NotifyToken.Create(key.ServiceId, key.Secret, clock.GetUtcNow()));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            Refused(logger, (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            return false;
        }
        catch (HttpRequestException error)
        {
            NotSent(logger, error);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A self-assessment text message was not sent: Formulate:Sms:ApiKey and TemplateId are not set")]
    private static partial void NotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A self-assessment text message was not sent: Formulate:Sms:ApiKey is not a GOV.UK Notify API key, which ends with the service id and the secret")]
    private static partial void BadKey(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "GOV.UK Notify refused a self-assessment text message with status {Status}: {Answer}")]
    private static partial void Refused(ILogger logger, int status, string answer);

    [LoggerMessage(Level = LogLevel.Error, Message = "A self-assessment text message could not be sent to GOV.UK Notify")]
    private static partial void NotSent(ILogger logger, Exception error);
}
