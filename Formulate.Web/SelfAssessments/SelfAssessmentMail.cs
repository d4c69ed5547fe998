using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Formulate.Web.SelfAssessments;

/// <summary>Sends the e-mails of a self-assessment through the SMTP server in the settings.</summary>
public sealed partial class SelfAssessmentMail(IOptions<MailOptions> options, ILogger<SelfAssessmentMail> logger)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    public Task<bool> SendReturnCodeAsync(string to, string reference, string code, int minutes, CancellationToken cancellationToken) =>
        SendAsync(to, "Your code to carry on with your self-assessment",
            $"Your code is {code}.\n\nUse it with your reference, {reference}, to carry on with your self-assessment. " +
            $"The code works for {minutes} minutes.\n\nIf you did not ask for this code, you can ignore this e-mail.",
            cancellationToken);

    public Task<bool> SendInvitationAsync(string to, string link, int days, CancellationToken cancellationToken) =>
        SendAsync(to, "Tell us about the help you need",
            $"Your council has asked you to tell them about the help you need.\n\nOpen this link to start: {link}\n\n" +
            $"The link works once, for {days} days. Someone who helps you can fill it in for you.",
            cancellationToken);

    private async Task<bool> SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            NotConfigured(logger);
            return false;
        }

        using var message = new MailMessage(settings.From, to, subject, body);
        using var client = new SmtpClient(settings.Host, settings.Port) { EnableSsl = settings.EnableSsl };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        try
        {
            await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SmtpException error)
        {
            NotSent(logger, error);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A self-assessment e-mail was not sent: Formulate:Mail:Host is not set")]
    private static partial void NotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A self-assessment e-mail could not be sent")]
    private static partial void NotSent(ILogger logger, Exception error);
}
